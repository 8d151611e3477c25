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

program tt_p1_1: usdt:./test-server:test_grp:test_idx (kprobe, 59 instructions)
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
  13: (61) r7 = *(u32 *)(r10 -8)
  14: (67) r7 <<= 32
  15: (c7) r7 s>>= 32
; 24: arg0 % 3 != 0
  16: (97) r7 %= 3
  17: (55) if r7 != 0x0 goto pc+2        ; to 20
  18: (b7) r7 = 0
  19: (05) goto pc+1                     ; to 21
  20: (b7) r7 = 1
  21: (15) if r7 == 0x0 goto pc+35       ; to 57
; 26: @events = count()
  22: (7a) *(u64 *)(r10 -32) = 0
  23: (18) r1 = map[m0_events]
  25: (bf) r2 = r10
  26: (07) r2 += -32
  27: (85) call bpf_map_lookup_elem#1
  28: (15) if r0 == 0x0 goto pc+3        ; to 32
  29: (79) r1 = *(u64 *)(r0 +0)
  30: (07) r1 += 1
  31: (7b) *(u64 *)(r0 +0) = r1
; 27: printf("event %d at %d ns\n", arg0, nsecs)
  32: (7a) *(u64 *)(r10 -56) = 1
; 27: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  33: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  34: (07) r3 += -4
  35: (bf) r1 = r10
  36: (07) r1 += -8
  37: (b7) r2 = 4
  38: (85) call bpf_probe_read_user#112
  39: (61) r0 = *(u32 *)(r10 -8)
  40: (67) r0 <<= 32
  41: (c7) r0 s>>= 32
  42: (7b) *(u64 *)(r10 -48) = r0
; 27: nsecs
  43: (85) call bpf_ktime_get_ns#5
  44: (7b) *(u64 *)(r10 -40) = r0
; 27: printf("event %d at %d ns\n", arg0, nsecs)
  45: (18) r1 = map[events]
  47: (bf) r2 = r10
  48: (07) r2 += -56
  49: (b7) r3 = 24
  50: (b7) r4 = 1
  51: (85) call bpf_ringbuf_output#130
  52: (15) if r0 == 0x0 goto pc+4        ; to 57
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  53: (18) r1 = map[lost][0]+0
  55: (b7) r2 = 1
  56: (db) lock *(u64 *)(r1 +0) += r2
; 23: usdt:./test-server:test_grp:test_idx ...
  57: (b7) r0 = 0
  58: (95) exit

program tt_p2_2: usdt:./test-server:test_grp:test_idx (kprobe, 67 instructions)
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
  13: (61) r7 = *(u32 *)(r10 -8)
  14: (67) r7 <<= 32
  15: (c7) r7 s>>= 32
; 35: arg0 % 3 == 0
  16: (97) r7 %= 3
  17: (15) if r7 == 0x0 goto pc+2        ; to 20
  18: (b7) r7 = 0
  19: (05) goto pc+1                     ; to 21
  20: (b7) r7 = 1
  21: (15) if r7 == 0x0 goto pc+43       ; to 65
; 37: printf("event %d: stopping\n", arg0)
  22: (7a) *(u64 *)(r10 -48) = 2
; 37: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  23: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  24: (07) r3 += -4
  25: (bf) r1 = r10
  26: (07) r1 += -8
  27: (b7) r2 = 4
  28: (85) call bpf_probe_read_user#112
  29: (61) r0 = *(u32 *)(r10 -8)
  30: (67) r0 <<= 32
  31: (c7) r0 s>>= 32
  32: (7b) *(u64 *)(r10 -40) = r0
; 37: printf("event %d: stopping\n", arg0)
  33: (18) r1 = map[events]
  35: (bf) r2 = r10
  36: (07) r2 += -48
  37: (b7) r3 = 16
  38: (b7) r4 = 1
  39: (85) call bpf_ringbuf_output#130
  40: (15) if r0 == 0x0 goto pc+4        ; to 45
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  41: (18) r1 = map[lost][0]+0
  43: (b7) r2 = 1
  44: (db) lock *(u64 *)(r1 +0) += r2
; 38: exit()
  45: (18) r1 = map[exited][0]+0
  47: (b7) r2 = 1
  48: (7b) *(u64 *)(r1 +0) = r2
  49: (18) r1 = 0xffffffff
  51: (7b) *(u64 *)(r10 -48) = r1
  52: (18) r1 = map[events]
  54: (bf) r2 = r10
  55: (07) r2 += -48
  56: (b7) r3 = 8
  57: (b7) r4 = 1
  58: (85) call bpf_ringbuf_output#130
  59: (15) if r0 == 0x0 goto pc+4        ; to 64
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  60: (18) r1 = map[lost][0]+0
  62: (b7) r2 = 1
  63: (db) lock *(u64 *)(r1 +0) += r2
  64: (05) goto pc+0                     ; to 65
; 34: usdt:./test-server:test_grp:test_idx ...
  65: (b7) r0 = 0
  66: (95) exit

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
