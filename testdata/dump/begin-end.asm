program tt_p0_0: BEGIN (kprobe, 21 instructions)
; runs once, from tinytrace itself
; 18: BEGIN ...
   0: (18) r1 = map[exited][0]+0
   2: (79) r1 = *(u64 *)(r1 +0)
   3: (15) if r1 == 0x0 goto pc+2        ; to 6
   4: (b7) r0 = 0
   5: (95) exit
; 20: printf("Tracing test_idx... Hit Ctrl-C to end.\n")
   6: (7a) *(u64 *)(r10 -40) = 0
   7: (18) r1 = map[events]
   9: (bf) r2 = r10
  10: (07) r2 += -40
  11: (b7) r3 = 8
  12: (b7) r4 = 1
  13: (85) call bpf_ringbuf_output#130
  14: (15) if r0 == 0x0 goto pc+4        ; to 19
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  15: (18) r1 = map[lost][0]+0
  17: (b7) r2 = 1
  18: (db) lock *(u64 *)(r1 +0) += r2
; 18: BEGIN ...
  19: (b7) r0 = 0
  20: (95) exit

program tt_p1_1: usdt:./test-server:test_grp:test_idx (kprobe, 62 instructions)
; uprobe at ./test-server file offset 0x114c (USDT test_grp:test_idx at address 0x114c), args -4@-4(%rbp)
; 23: usdt:./test-server:test_grp:test_idx ...
   0: (bf) r6 = r1
   1: (18) r1 = map[exited][0]+0
   3: (79) r1 = *(u64 *)(r1 +0)
   4: (15) if r1 == 0x0 goto pc+2        ; to 7
   5: (b7) r0 = 0
   6: (95) exit
; 24: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
   7: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
   8: (07) r3 += -4
   9: (bf) r1 = r10
  10: (07) r1 += -8
  11: (b7) r2 = 4
  12: (85) call bpf_probe_read_user#112
  13: (61) r0 = *(u32 *)(r10 -8)
  14: (67) r0 <<= 32
  15: (c7) r0 s>>= 32
; 24: arg0 % 3 != 0
  16: (bf) r7 = r0
  17: (97) r7 %= 3
  18: (55) if r7 != 0x0 goto pc+2        ; to 21
  19: (b7) r7 = 0
  20: (05) goto pc+1                     ; to 22
  21: (b7) r7 = 1
  22: (15) if r7 == 0x0 goto pc+37       ; to 60
; 26: @events = count()
  23: (7a) *(u64 *)(r10 -32) = 0
  24: (18) r1 = map[m0_events]
  26: (bf) r2 = r10
  27: (07) r2 += -32
  28: (85) call bpf_map_lookup_elem#1
  29: (15) if r0 == 0x0 goto pc+3        ; to 33
  30: (79) r1 = *(u64 *)(r0 +0)
  31: (07) r1 += 1
  32: (7b) *(u64 *)(r0 +0) = r1
; 27: printf("event %d at %d ns\n", arg0, nsecs)
  33: (7a) *(u64 *)(r10 -56) = 1
; 27: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  34: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  35: (07) r3 += -4
  36: (bf) r1 = r10
  37: (07) r1 += -8
  38: (b7) r2 = 4
  39: (85) call bpf_probe_read_user#112
  40: (61) r0 = *(u32 *)(r10 -8)
  41: (67) r0 <<= 32
  42: (c7) r0 s>>= 32
  43: (bf) r7 = r0
  44: (7b) *(u64 *)(r10 -48) = r7
; 27: nsecs
  45: (85) call bpf_ktime_get_ns#5
  46: (bf) r7 = r0
  47: (7b) *(u64 *)(r10 -40) = r7
; 27: printf("event %d at %d ns\n", arg0, nsecs)
  48: (18) r1 = map[events]
  50: (bf) r2 = r10
  51: (07) r2 += -56
  52: (b7) r3 = 24
  53: (b7) r4 = 1
  54: (85) call bpf_ringbuf_output#130
  55: (15) if r0 == 0x0 goto pc+4        ; to 60
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  56: (18) r1 = map[lost][0]+0
  58: (b7) r2 = 1
  59: (db) lock *(u64 *)(r1 +0) += r2
; 23: usdt:./test-server:test_grp:test_idx ...
  60: (b7) r0 = 0
  61: (95) exit

program tt_p2_2: usdt:./test-server:test_grp:test_idx (kprobe, 69 instructions)
; uprobe at ./test-server file offset 0x114c (USDT test_grp:test_idx at address 0x114c), args -4@-4(%rbp)
; 34: usdt:./test-server:test_grp:test_idx ...
   0: (bf) r6 = r1
   1: (18) r1 = map[exited][0]+0
   3: (79) r1 = *(u64 *)(r1 +0)
   4: (15) if r1 == 0x0 goto pc+2        ; to 7
   5: (b7) r0 = 0
   6: (95) exit
; 35: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
   7: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
   8: (07) r3 += -4
   9: (bf) r1 = r10
  10: (07) r1 += -8
  11: (b7) r2 = 4
  12: (85) call bpf_probe_read_user#112
  13: (61) r0 = *(u32 *)(r10 -8)
  14: (67) r0 <<= 32
  15: (c7) r0 s>>= 32
; 35: arg0 % 3 == 0
  16: (bf) r7 = r0
  17: (97) r7 %= 3
  18: (15) if r7 == 0x0 goto pc+2        ; to 21
  19: (b7) r7 = 0
  20: (05) goto pc+1                     ; to 22
  21: (b7) r7 = 1
  22: (15) if r7 == 0x0 goto pc+44       ; to 67
; 37: printf("event %d: stopping\n", arg0)
  23: (7a) *(u64 *)(r10 -48) = 2
; 37: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  24: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  25: (07) r3 += -4
  26: (bf) r1 = r10
  27: (07) r1 += -8
  28: (b7) r2 = 4
  29: (85) call bpf_probe_read_user#112
  30: (61) r0 = *(u32 *)(r10 -8)
  31: (67) r0 <<= 32
  32: (c7) r0 s>>= 32
  33: (bf) r7 = r0
  34: (7b) *(u64 *)(r10 -40) = r7
; 37: printf("event %d: stopping\n", arg0)
  35: (18) r1 = map[events]
  37: (bf) r2 = r10
  38: (07) r2 += -48
  39: (b7) r3 = 16
  40: (b7) r4 = 1
  41: (85) call bpf_ringbuf_output#130
  42: (15) if r0 == 0x0 goto pc+4        ; to 47
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  43: (18) r1 = map[lost][0]+0
  45: (b7) r2 = 1
  46: (db) lock *(u64 *)(r1 +0) += r2
; 38: exit()
  47: (18) r1 = map[exited][0]+0
  49: (b7) r2 = 1
  50: (7b) *(u64 *)(r1 +0) = r2
  51: (18) r1 = 0xffffffff
  53: (7b) *(u64 *)(r10 -48) = r1
  54: (18) r1 = map[events]
  56: (bf) r2 = r10
  57: (07) r2 += -48
  58: (b7) r3 = 8
  59: (b7) r4 = 1
  60: (85) call bpf_ringbuf_output#130
  61: (15) if r0 == 0x0 goto pc+4        ; to 66
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  62: (18) r1 = map[lost][0]+0
  64: (b7) r2 = 1
  65: (db) lock *(u64 *)(r1 +0) += r2
  66: (05) goto pc+0                     ; to 67
; 34: usdt:./test-server:test_grp:test_idx ...
  67: (b7) r0 = 0
  68: (95) exit

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
