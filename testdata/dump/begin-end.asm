program tt_p0_0: BEGIN (kprobe, 27 instructions)
; runs once, from tinytrace itself
; 18: BEGIN ...
   0: (bf) r6 = r1
; 20: printf("Tracing test_idx... Hit Ctrl-C to end.\n")
   1: (18) r1 = map[events]
   3: (b7) r2 = 8
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+7        ; to 14
   7: (b7) r1 = 0
   8: (7b) *(u64 *)(r0 +0) = r1
   9: (7b) *(u64 *)(r10 -24) = r0
  10: (79) r1 = *(u64 *)(r10 -24)
  11: (b7) r2 = 0
  12: (85) call bpf_ringbuf_submit#132
  13: (05) goto pc+11                    ; to 25
  14: (b7) r1 = 0
  15: (63) *(u32 *)(r10 -8) = r1
  16: (18) r1 = map[lost]
  18: (bf) r2 = r10
  19: (07) r2 += -8
  20: (85) call bpf_map_lookup_elem#1
  21: (15) if r0 == 0x0 goto pc+3        ; to 25
  22: (79) r1 = *(u64 *)(r0 +0)
  23: (07) r1 += 1
  24: (7b) *(u64 *)(r0 +0) = r1
; 18: BEGIN ...
  25: (b7) r0 = 0
  26: (95) exit

program tt_p1_1: usdt:./test-server:test_grp:test_idx (kprobe, 103 instructions)
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
  16: (15) if r7 == 0x0 goto pc+84       ; to 101
; 26: @events = count()
  17: (b7) r1 = 0
  18: (7b) *(u64 *)(r10 -32) = r1
  19: (18) r1 = map[m0_events]
  21: (bf) r2 = r10
  22: (07) r2 += -32
  23: (85) call bpf_map_lookup_elem#1
  24: (55) if r0 != 0x0 goto pc+33       ; to 58
  25: (b7) r1 = 0
  26: (63) *(u32 *)(r10 -16) = r1
  27: (18) r1 = map[zeroes]
  29: (bf) r2 = r10
  30: (07) r2 += -16
  31: (85) call bpf_map_lookup_elem#1
  32: (15) if r0 == 0x0 goto pc+28       ; to 61
  33: (bf) r3 = r0
  34: (18) r1 = map[m0_events]
  36: (bf) r2 = r10
  37: (07) r2 += -32
  38: (b7) r4 = 1
  39: (85) call bpf_map_update_elem#2
  40: (18) r1 = map[m0_events]
  42: (bf) r2 = r10
  43: (07) r2 += -32
  44: (85) call bpf_map_lookup_elem#1
  45: (55) if r0 != 0x0 goto pc+12       ; to 58
  46: (b7) r1 = 0
  47: (63) *(u32 *)(r10 -8) = r1
  48: (18) r1 = map[dropped]
  50: (bf) r2 = r10
  51: (07) r2 += -8
  52: (85) call bpf_map_lookup_elem#1
  53: (15) if r0 == 0x0 goto pc+3        ; to 57
  54: (79) r1 = *(u64 *)(r0 +0)
  55: (07) r1 += 1
  56: (7b) *(u64 *)(r0 +0) = r1
  57: (05) goto pc+3                     ; to 61
  58: (79) r1 = *(u64 *)(r0 +0)
  59: (07) r1 += 1
  60: (7b) *(u64 *)(r0 +0) = r1
; 27: printf("event %d at %d ns\n", arg0, nsecs)
  61: (18) r1 = map[events]
  63: (b7) r2 = 24
  64: (b7) r3 = 0
  65: (85) call bpf_ringbuf_reserve#131
  66: (15) if r0 == 0x0 goto pc+23       ; to 90
  67: (b7) r1 = 1
  68: (7b) *(u64 *)(r0 +0) = r1
  69: (7b) *(u64 *)(r10 -24) = r0
; 27: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  70: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  71: (07) r3 += -4
  72: (bf) r1 = r10
  73: (07) r1 += -8
  74: (b7) r2 = 4
  75: (85) call bpf_probe_read_user#112
  76: (61) r0 = *(u32 *)(r10 -8)
  77: (67) r0 <<= 32
  78: (c7) r0 s>>= 32
  79: (bf) r7 = r0
  80: (79) r1 = *(u64 *)(r10 -24)
  81: (7b) *(u64 *)(r1 +8) = r7
; 27: nsecs
  82: (85) call bpf_ktime_get_ns#5
  83: (bf) r7 = r0
  84: (79) r1 = *(u64 *)(r10 -24)
  85: (7b) *(u64 *)(r1 +16) = r7
; 27: printf("event %d at %d ns\n", arg0, nsecs)
  86: (79) r1 = *(u64 *)(r10 -24)
  87: (b7) r2 = 0
  88: (85) call bpf_ringbuf_submit#132
  89: (05) goto pc+11                    ; to 101
  90: (b7) r1 = 0
  91: (63) *(u32 *)(r10 -8) = r1
  92: (18) r1 = map[lost]
  94: (bf) r2 = r10
  95: (07) r2 += -8
  96: (85) call bpf_map_lookup_elem#1
  97: (15) if r0 == 0x0 goto pc+3        ; to 101
  98: (79) r1 = *(u64 *)(r0 +0)
  99: (07) r1 += 1
 100: (7b) *(u64 *)(r0 +0) = r1
; 23: usdt:./test-server:test_grp:test_idx ...
 101: (b7) r0 = 0
 102: (95) exit

program tt_p2_2: usdt:./test-server:test_grp:test_idx (kprobe, 80 instructions)
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
  16: (15) if r7 == 0x0 goto pc+61       ; to 78
; 37: printf("event %d: stopping\n", arg0)
  17: (18) r1 = map[events]
  19: (b7) r2 = 16
  20: (b7) r3 = 0
  21: (85) call bpf_ringbuf_reserve#131
  22: (15) if r0 == 0x0 goto pc+19       ; to 42
  23: (b7) r1 = 2
  24: (7b) *(u64 *)(r0 +0) = r1
  25: (7b) *(u64 *)(r10 -24) = r0
; 37: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  26: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  27: (07) r3 += -4
  28: (bf) r1 = r10
  29: (07) r1 += -8
  30: (b7) r2 = 4
  31: (85) call bpf_probe_read_user#112
  32: (61) r0 = *(u32 *)(r10 -8)
  33: (67) r0 <<= 32
  34: (c7) r0 s>>= 32
  35: (bf) r7 = r0
  36: (79) r1 = *(u64 *)(r10 -24)
  37: (7b) *(u64 *)(r1 +8) = r7
; 37: printf("event %d: stopping\n", arg0)
  38: (79) r1 = *(u64 *)(r10 -24)
  39: (b7) r2 = 0
  40: (85) call bpf_ringbuf_submit#132
  41: (05) goto pc+11                    ; to 53
  42: (b7) r1 = 0
  43: (63) *(u32 *)(r10 -8) = r1
  44: (18) r1 = map[lost]
  46: (bf) r2 = r10
  47: (07) r2 += -8
  48: (85) call bpf_map_lookup_elem#1
  49: (15) if r0 == 0x0 goto pc+3        ; to 53
  50: (79) r1 = *(u64 *)(r0 +0)
  51: (07) r1 += 1
  52: (7b) *(u64 *)(r0 +0) = r1
; 38: exit()
  53: (18) r1 = map[events]
  55: (b7) r2 = 8
  56: (b7) r3 = 0
  57: (85) call bpf_ringbuf_reserve#131
  58: (15) if r0 == 0x0 goto pc+7        ; to 66
  59: (18) r1 = 0xffffffff
  61: (7b) *(u64 *)(r0 +0) = r1
  62: (bf) r1 = r0
  63: (b7) r2 = 0
  64: (85) call bpf_ringbuf_submit#132
  65: (05) goto pc+11                    ; to 77
  66: (b7) r1 = 0
  67: (63) *(u32 *)(r10 -8) = r1
  68: (18) r1 = map[lost]
  70: (bf) r2 = r10
  71: (07) r2 += -8
  72: (85) call bpf_map_lookup_elem#1
  73: (15) if r0 == 0x0 goto pc+3        ; to 77
  74: (79) r1 = *(u64 *)(r0 +0)
  75: (07) r1 += 1
  76: (7b) *(u64 *)(r0 +0) = r1
  77: (05) goto pc+0                     ; to 78
; 34: usdt:./test-server:test_grp:test_idx ...
  78: (b7) r0 = 0
  79: (95) exit

program tt_p3_3: END (kprobe, 27 instructions)
; runs once, from tinytrace itself
; 41: END ...
   0: (bf) r6 = r1
; 43: printf("done.\n")
   1: (18) r1 = map[events]
   3: (b7) r2 = 8
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+7        ; to 14
   7: (b7) r1 = 3
   8: (7b) *(u64 *)(r0 +0) = r1
   9: (7b) *(u64 *)(r10 -24) = r0
  10: (79) r1 = *(u64 *)(r10 -24)
  11: (b7) r2 = 0
  12: (85) call bpf_ringbuf_submit#132
  13: (05) goto pc+11                    ; to 25
  14: (b7) r1 = 0
  15: (63) *(u32 *)(r10 -8) = r1
  16: (18) r1 = map[lost]
  18: (bf) r2 = r10
  19: (07) r2 += -8
  20: (85) call bpf_map_lookup_elem#1
  21: (15) if r0 == 0x0 goto pc+3        ; to 25
  22: (79) r1 = *(u64 *)(r0 +0)
  23: (07) r1 += 1
  24: (7b) *(u64 *)(r0 +0) = r1
; 41: END ...
  25: (b7) r0 = 0
  26: (95) exit
