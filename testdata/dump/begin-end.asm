program tt_p0_0: BEGIN (kprobe, 15 instructions)
; runs once, from tinytrace itself
; 20: printf("Tracing test_idx... Hit Ctrl-C to end.\n")
   0: (7a) *(u64 *)(r10 -40) = 0
   1: (18) r1 = map[events]
   3: (bf) r2 = r10
   4: (07) r2 += -40
   5: (b7) r3 = 8
   6: (b7) r4 = 1
   7: (85) call bpf_ringbuf_output#130
   8: (15) if r0 == 0x0 goto pc+4        ; to 13
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
   9: (18) r1 = map[lost][0]+0
  11: (b7) r2 = 1
  12: (db) lock *(u64 *)(r1 +0) += r2
; 18: BEGIN ...
  13: (b7) r0 = 0
  14: (95) exit

program tt_p1_1: usdt:./test-server:test_grp:test_idx (kprobe, 56 instructions)
; uprobe at ./test-server file offset 0x114c (USDT test_grp:test_idx at address 0x114c), args -4@-4(%rbp)
; 23: usdt:./test-server:test_grp:test_idx ...
   0: (bf) r6 = r1
; 24: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
   1: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
   2: (07) r3 += -4
   3: (bf) r1 = r10
   4: (07) r1 += -8
   5: (b7) r2 = 4
   6: (85) call bpf_probe_read_user#112
   7: (61) r0 = *(u32 *)(r10 -8)
   8: (67) r0 <<= 32
   9: (c7) r0 s>>= 32
; 24: arg0 % 3 != 0
  10: (bf) r7 = r0
  11: (97) r7 %= 3
  12: (55) if r7 != 0x0 goto pc+2        ; to 15
  13: (b7) r7 = 0
  14: (05) goto pc+1                     ; to 16
  15: (b7) r7 = 1
  16: (15) if r7 == 0x0 goto pc+37       ; to 54
; 26: @events = count()
  17: (7a) *(u64 *)(r10 -32) = 0
  18: (18) r1 = map[m0_events]
  20: (bf) r2 = r10
  21: (07) r2 += -32
  22: (85) call bpf_map_lookup_elem#1
  23: (15) if r0 == 0x0 goto pc+3        ; to 27
  24: (79) r1 = *(u64 *)(r0 +0)
  25: (07) r1 += 1
  26: (7b) *(u64 *)(r0 +0) = r1
; 27: printf("event %d at %d ns\n", arg0, nsecs)
  27: (7a) *(u64 *)(r10 -56) = 1
; 27: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  28: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  29: (07) r3 += -4
  30: (bf) r1 = r10
  31: (07) r1 += -8
  32: (b7) r2 = 4
  33: (85) call bpf_probe_read_user#112
  34: (61) r0 = *(u32 *)(r10 -8)
  35: (67) r0 <<= 32
  36: (c7) r0 s>>= 32
  37: (bf) r7 = r0
  38: (7b) *(u64 *)(r10 -48) = r7
; 27: nsecs
  39: (85) call bpf_ktime_get_ns#5
  40: (bf) r7 = r0
  41: (7b) *(u64 *)(r10 -40) = r7
; 27: printf("event %d at %d ns\n", arg0, nsecs)
  42: (18) r1 = map[events]
  44: (bf) r2 = r10
  45: (07) r2 += -56
  46: (b7) r3 = 24
  47: (b7) r4 = 1
  48: (85) call bpf_ringbuf_output#130
  49: (15) if r0 == 0x0 goto pc+4        ; to 54
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  50: (18) r1 = map[lost][0]+0
  52: (b7) r2 = 1
  53: (db) lock *(u64 *)(r1 +0) += r2
; 23: usdt:./test-server:test_grp:test_idx ...
  54: (b7) r0 = 0
  55: (95) exit

program tt_p2_2: usdt:./test-server:test_grp:test_idx (kprobe, 59 instructions)
; uprobe at ./test-server file offset 0x114c (USDT test_grp:test_idx at address 0x114c), args -4@-4(%rbp)
; 34: usdt:./test-server:test_grp:test_idx ...
   0: (bf) r6 = r1
; 35: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
   1: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
   2: (07) r3 += -4
   3: (bf) r1 = r10
   4: (07) r1 += -8
   5: (b7) r2 = 4
   6: (85) call bpf_probe_read_user#112
   7: (61) r0 = *(u32 *)(r10 -8)
   8: (67) r0 <<= 32
   9: (c7) r0 s>>= 32
; 35: arg0 % 3 == 0
  10: (bf) r7 = r0
  11: (97) r7 %= 3
  12: (15) if r7 == 0x0 goto pc+2        ; to 15
  13: (b7) r7 = 0
  14: (05) goto pc+1                     ; to 16
  15: (b7) r7 = 1
  16: (15) if r7 == 0x0 goto pc+40       ; to 57
; 37: printf("event %d: stopping\n", arg0)
  17: (7a) *(u64 *)(r10 -48) = 2
; 37: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  18: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  19: (07) r3 += -4
  20: (bf) r1 = r10
  21: (07) r1 += -8
  22: (b7) r2 = 4
  23: (85) call bpf_probe_read_user#112
  24: (61) r0 = *(u32 *)(r10 -8)
  25: (67) r0 <<= 32
  26: (c7) r0 s>>= 32
  27: (bf) r7 = r0
  28: (7b) *(u64 *)(r10 -40) = r7
; 37: printf("event %d: stopping\n", arg0)
  29: (18) r1 = map[events]
  31: (bf) r2 = r10
  32: (07) r2 += -48
  33: (b7) r3 = 16
  34: (b7) r4 = 1
  35: (85) call bpf_ringbuf_output#130
  36: (15) if r0 == 0x0 goto pc+4        ; to 41
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  37: (18) r1 = map[lost][0]+0
  39: (b7) r2 = 1
  40: (db) lock *(u64 *)(r1 +0) += r2
; 38: exit()
  41: (18) r1 = 0xffffffff
  43: (7b) *(u64 *)(r10 -48) = r1
  44: (18) r1 = map[events]
  46: (bf) r2 = r10
  47: (07) r2 += -48
  48: (b7) r3 = 8
  49: (b7) r4 = 1
  50: (85) call bpf_ringbuf_output#130
  51: (15) if r0 == 0x0 goto pc+4        ; to 56
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  52: (18) r1 = map[lost][0]+0
  54: (b7) r2 = 1
  55: (db) lock *(u64 *)(r1 +0) += r2
  56: (05) goto pc+0                     ; to 57
; 34: usdt:./test-server:test_grp:test_idx ...
  57: (b7) r0 = 0
  58: (95) exit

program tt_p3_3: END (kprobe, 15 instructions)
; runs once, from tinytrace itself
; 43: printf("done.\n")
   0: (7a) *(u64 *)(r10 -40) = 3
   1: (18) r1 = map[events]
   3: (bf) r2 = r10
   4: (07) r2 += -40
   5: (b7) r3 = 8
   6: (b7) r4 = 1
   7: (85) call bpf_ringbuf_output#130
   8: (15) if r0 == 0x0 goto pc+4        ; to 13
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
   9: (18) r1 = map[lost][0]+0
  11: (b7) r2 = 1
  12: (db) lock *(u64 *)(r1 +0) += r2
; 41: END ...
  13: (b7) r0 = 0
  14: (95) exit
