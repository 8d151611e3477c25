program tt_p0_0: BEGIN (kprobe, 25 instructions)
; runs once, from tinytrace itself
; 18: BEGIN ...
   0: (bf) r6 = r1
   1: (18) r1 = map[exited][0]+0
   3: (79) r1 = *(u64 *)(r1 +0)
   4: (15) if r1 == 0x0 goto pc+2        ; to 7
   5: (b7) r0 = 0
   6: (95) exit
; 20: printf("Tracing test_idx... Hit Ctrl-C to end.\n")
   7: (18) r1 = map[events]
   9: (b7) r2 = 8
  10: (b7) r3 = 0
  11: (85) call bpf_ringbuf_reserve#131
  12: (15) if r0 == 0x0 goto pc+6        ; to 19
  13: (7a) *(u64 *)(r0 +0) = 0
  14: (7b) *(u64 *)(r10 -24) = r0
  15: (79) r1 = *(u64 *)(r10 -24)
  16: (b7) r2 = 1
  17: (85) call bpf_ringbuf_submit#132
  18: (05) goto pc+4                     ; to 23
  19: (18) r1 = map[lost][0]+0
  21: (b7) r2 = 1
  22: (db) lock *(u64 *)(r1 +0) += r2
; 18: BEGIN ...
  23: (b7) r0 = 0
  24: (95) exit

program tt_p1_1: usdt:./test-server:test_grp:test_idx (kprobe, 67 instructions)
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
  22: (15) if r7 == 0x0 goto pc+42       ; to 65
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
  33: (18) r1 = map[events]
  35: (b7) r2 = 24
  36: (b7) r3 = 0
  37: (85) call bpf_ringbuf_reserve#131
  38: (15) if r0 == 0x0 goto pc+22       ; to 61
  39: (7a) *(u64 *)(r0 +0) = 1
  40: (7b) *(u64 *)(r10 -24) = r0
; 27: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  41: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  42: (07) r3 += -4
  43: (bf) r1 = r10
  44: (07) r1 += -8
  45: (b7) r2 = 4
  46: (85) call bpf_probe_read_user#112
  47: (61) r0 = *(u32 *)(r10 -8)
  48: (67) r0 <<= 32
  49: (c7) r0 s>>= 32
  50: (bf) r7 = r0
  51: (79) r1 = *(u64 *)(r10 -24)
  52: (7b) *(u64 *)(r1 +8) = r7
; 27: nsecs
  53: (85) call bpf_ktime_get_ns#5
  54: (bf) r7 = r0
  55: (79) r1 = *(u64 *)(r10 -24)
  56: (7b) *(u64 *)(r1 +16) = r7
; 27: printf("event %d at %d ns\n", arg0, nsecs)
  57: (79) r1 = *(u64 *)(r10 -24)
  58: (b7) r2 = 1
  59: (85) call bpf_ringbuf_submit#132
  60: (05) goto pc+4                     ; to 65
  61: (18) r1 = map[lost][0]+0
  63: (b7) r2 = 1
  64: (db) lock *(u64 *)(r1 +0) += r2
; 23: usdt:./test-server:test_grp:test_idx ...
  65: (b7) r0 = 0
  66: (95) exit

program tt_p2_2: usdt:./test-server:test_grp:test_idx (kprobe, 76 instructions)
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
  22: (15) if r7 == 0x0 goto pc+51       ; to 74
; 37: printf("event %d: stopping\n", arg0)
  23: (18) r1 = map[events]
  25: (b7) r2 = 16
  26: (b7) r3 = 0
  27: (85) call bpf_ringbuf_reserve#131
  28: (15) if r0 == 0x0 goto pc+18       ; to 47
  29: (7a) *(u64 *)(r0 +0) = 2
  30: (7b) *(u64 *)(r10 -24) = r0
; 37: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  31: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  32: (07) r3 += -4
  33: (bf) r1 = r10
  34: (07) r1 += -8
  35: (b7) r2 = 4
  36: (85) call bpf_probe_read_user#112
  37: (61) r0 = *(u32 *)(r10 -8)
  38: (67) r0 <<= 32
  39: (c7) r0 s>>= 32
  40: (bf) r7 = r0
  41: (79) r1 = *(u64 *)(r10 -24)
  42: (7b) *(u64 *)(r1 +8) = r7
; 37: printf("event %d: stopping\n", arg0)
  43: (79) r1 = *(u64 *)(r10 -24)
  44: (b7) r2 = 1
  45: (85) call bpf_ringbuf_submit#132
  46: (05) goto pc+4                     ; to 51
  47: (18) r1 = map[lost][0]+0
  49: (b7) r2 = 1
  50: (db) lock *(u64 *)(r1 +0) += r2
; 38: exit()
  51: (18) r1 = map[exited][0]+0
  53: (b7) r2 = 1
  54: (7b) *(u64 *)(r1 +0) = r2
  55: (18) r1 = map[events]
  57: (b7) r2 = 8
  58: (b7) r3 = 0
  59: (85) call bpf_ringbuf_reserve#131
  60: (15) if r0 == 0x0 goto pc+8        ; to 69
  61: (18) r1 = 0xffffffff
  63: (7b) *(u64 *)(r0 +0) = r1
  64: (7b) *(u64 *)(r10 -24) = r0
  65: (79) r1 = *(u64 *)(r10 -24)
  66: (b7) r2 = 1
  67: (85) call bpf_ringbuf_submit#132
  68: (05) goto pc+4                     ; to 73
  69: (18) r1 = map[lost][0]+0
  71: (b7) r2 = 1
  72: (db) lock *(u64 *)(r1 +0) += r2
  73: (05) goto pc+0                     ; to 74
; 34: usdt:./test-server:test_grp:test_idx ...
  74: (b7) r0 = 0
  75: (95) exit

program tt_p3_3: END (kprobe, 19 instructions)
; runs once, from tinytrace itself
; 41: END ...
   0: (bf) r6 = r1
; 43: printf("done.\n")
   1: (18) r1 = map[events]
   3: (b7) r2 = 8
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+6        ; to 13
   7: (7a) *(u64 *)(r0 +0) = 3
   8: (7b) *(u64 *)(r10 -24) = r0
   9: (79) r1 = *(u64 *)(r10 -24)
  10: (b7) r2 = 1
  11: (85) call bpf_ringbuf_submit#132
  12: (05) goto pc+4                     ; to 17
  13: (18) r1 = map[lost][0]+0
  15: (b7) r2 = 1
  16: (db) lock *(u64 *)(r1 +0) += r2
; 41: END ...
  17: (b7) r0 = 0
  18: (95) exit
