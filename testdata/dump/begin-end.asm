program tt_p0_0: BEGIN (kprobe, 19 instructions)
; runs once, from tinytrace itself
; 18: BEGIN ...
   0: (bf) r6 = r1
; 20: printf("Tracing test_idx... Hit Ctrl-C to end.\n")
   1: (18) r1 = map[events]
   3: (b7) r2 = 8
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+6        ; to 13
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (7b) *(u64 *)(r10 -24) = r0
   9: (79) r1 = *(u64 *)(r10 -24)
  10: (b7) r2 = 1
  11: (85) call bpf_ringbuf_submit#132
  12: (05) goto pc+4                     ; to 17
  13: (18) r1 = map[lost][0]+0
  15: (b7) r2 = 1
  16: (db) lock *(u64 *)(r1 +0) += r2
; 18: BEGIN ...
  17: (b7) r0 = 0
  18: (95) exit

program tt_p1_1: usdt:./test-server:test_grp:test_idx (kprobe, 61 instructions)
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
  16: (15) if r7 == 0x0 goto pc+42       ; to 59
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
  27: (18) r1 = map[events]
  29: (b7) r2 = 24
  30: (b7) r3 = 0
  31: (85) call bpf_ringbuf_reserve#131
  32: (15) if r0 == 0x0 goto pc+22       ; to 55
  33: (7a) *(u64 *)(r0 +0) = 1
  34: (7b) *(u64 *)(r10 -24) = r0
; 27: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  35: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  36: (07) r3 += -4
  37: (bf) r1 = r10
  38: (07) r1 += -8
  39: (b7) r2 = 4
  40: (85) call bpf_probe_read_user#112
  41: (61) r0 = *(u32 *)(r10 -8)
  42: (67) r0 <<= 32
  43: (c7) r0 s>>= 32
  44: (bf) r7 = r0
  45: (79) r1 = *(u64 *)(r10 -24)
  46: (7b) *(u64 *)(r1 +8) = r7
; 27: nsecs
  47: (85) call bpf_ktime_get_ns#5
  48: (bf) r7 = r0
  49: (79) r1 = *(u64 *)(r10 -24)
  50: (7b) *(u64 *)(r1 +16) = r7
; 27: printf("event %d at %d ns\n", arg0, nsecs)
  51: (79) r1 = *(u64 *)(r10 -24)
  52: (b7) r2 = 1
  53: (85) call bpf_ringbuf_submit#132
  54: (05) goto pc+4                     ; to 59
  55: (18) r1 = map[lost][0]+0
  57: (b7) r2 = 1
  58: (db) lock *(u64 *)(r1 +0) += r2
; 23: usdt:./test-server:test_grp:test_idx ...
  59: (b7) r0 = 0
  60: (95) exit

program tt_p2_2: usdt:./test-server:test_grp:test_idx (kprobe, 66 instructions)
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
  16: (15) if r7 == 0x0 goto pc+47       ; to 64
; 37: printf("event %d: stopping\n", arg0)
  17: (18) r1 = map[events]
  19: (b7) r2 = 16
  20: (b7) r3 = 0
  21: (85) call bpf_ringbuf_reserve#131
  22: (15) if r0 == 0x0 goto pc+18       ; to 41
  23: (7a) *(u64 *)(r0 +0) = 2
  24: (7b) *(u64 *)(r10 -24) = r0
; 37: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  25: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  26: (07) r3 += -4
  27: (bf) r1 = r10
  28: (07) r1 += -8
  29: (b7) r2 = 4
  30: (85) call bpf_probe_read_user#112
  31: (61) r0 = *(u32 *)(r10 -8)
  32: (67) r0 <<= 32
  33: (c7) r0 s>>= 32
  34: (bf) r7 = r0
  35: (79) r1 = *(u64 *)(r10 -24)
  36: (7b) *(u64 *)(r1 +8) = r7
; 37: printf("event %d: stopping\n", arg0)
  37: (79) r1 = *(u64 *)(r10 -24)
  38: (b7) r2 = 1
  39: (85) call bpf_ringbuf_submit#132
  40: (05) goto pc+4                     ; to 45
  41: (18) r1 = map[lost][0]+0
  43: (b7) r2 = 1
  44: (db) lock *(u64 *)(r1 +0) += r2
; 38: exit()
  45: (18) r1 = map[events]
  47: (b7) r2 = 8
  48: (b7) r3 = 0
  49: (85) call bpf_ringbuf_reserve#131
  50: (15) if r0 == 0x0 goto pc+8        ; to 59
  51: (18) r1 = 0xffffffff
  53: (7b) *(u64 *)(r0 +0) = r1
  54: (7b) *(u64 *)(r10 -24) = r0
  55: (79) r1 = *(u64 *)(r10 -24)
  56: (b7) r2 = 1
  57: (85) call bpf_ringbuf_submit#132
  58: (05) goto pc+4                     ; to 63
  59: (18) r1 = map[lost][0]+0
  61: (b7) r2 = 1
  62: (db) lock *(u64 *)(r1 +0) += r2
  63: (05) goto pc+0                     ; to 64
; 34: usdt:./test-server:test_grp:test_idx ...
  64: (b7) r0 = 0
  65: (95) exit

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
