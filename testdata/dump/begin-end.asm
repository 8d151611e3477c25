program tt_p0_0: BEGIN (kprobe, 31 instructions)
; runs once, from tinytrace itself
; 18: BEGIN ...
   0: (bf) r6 = r1
   1: (18) r1 = map[exited][0]+0
   3: (79) r1 = *(u64 *)(r1 +0)
   4: (55) if r1 != 0x0 goto pc+24       ; to 29
; 20: printf("Tracing test_idx... Hit Ctrl-C to end.\n")
   5: (18) r1 = map[events]
   7: (b7) r2 = 8
   8: (b7) r3 = 0
   9: (85) call bpf_ringbuf_reserve#131
  10: (15) if r0 == 0x0 goto pc+7        ; to 18
  11: (b7) r1 = 0
  12: (7b) *(u64 *)(r0 +0) = r1
  13: (7b) *(u64 *)(r10 -24) = r0
  14: (79) r1 = *(u64 *)(r10 -24)
  15: (b7) r2 = 0
  16: (85) call bpf_ringbuf_submit#132
  17: (05) goto pc+11                    ; to 29
  18: (b7) r1 = 0
  19: (63) *(u32 *)(r10 -8) = r1
  20: (18) r1 = map[lost]
  22: (bf) r2 = r10
  23: (07) r2 += -8
  24: (85) call bpf_map_lookup_elem#1
  25: (15) if r0 == 0x0 goto pc+3        ; to 29
  26: (79) r1 = *(u64 *)(r0 +0)
  27: (07) r1 += 1
  28: (7b) *(u64 *)(r0 +0) = r1
; 18: BEGIN ...
  29: (b7) r0 = 0
  30: (95) exit

program tt_p1_1: usdt:./test-server:test_grp:test_idx (kprobe, 107 instructions)
; uprobe at ./test-server file offset 0x114c (USDT test_grp:test_idx at address 0x114c), args -4@-4(%rbp)
; 23: usdt:./test-server:test_grp:test_idx ...
   0: (bf) r6 = r1
   1: (18) r1 = map[exited][0]+0
   3: (79) r1 = *(u64 *)(r1 +0)
   4: (55) if r1 != 0x0 goto pc+100      ; to 105
; 24: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
   5: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
   6: (07) r3 += -4
   7: (bf) r1 = r10
   8: (07) r1 += -8
   9: (b7) r2 = 4
  10: (85) call bpf_probe_read_user#112
  11: (61) r0 = *(u32 *)(r10 -8)
  12: (67) r0 <<= 32
  13: (c7) r0 s>>= 32
; 24: arg0 % 3 != 0
  14: (bf) r7 = r0
  15: (97) r7 %= 3
  16: (55) if r7 != 0x0 goto pc+2        ; to 19
  17: (b7) r7 = 0
  18: (05) goto pc+1                     ; to 20
  19: (b7) r7 = 1
  20: (15) if r7 == 0x0 goto pc+84       ; to 105
; 26: @events = count()
  21: (b7) r1 = 0
  22: (7b) *(u64 *)(r10 -32) = r1
  23: (18) r1 = map[m0_events]
  25: (bf) r2 = r10
  26: (07) r2 += -32
  27: (85) call bpf_map_lookup_elem#1
  28: (55) if r0 != 0x0 goto pc+33       ; to 62
  29: (b7) r1 = 0
  30: (63) *(u32 *)(r10 -16) = r1
  31: (18) r1 = map[zeroes]
  33: (bf) r2 = r10
  34: (07) r2 += -16
  35: (85) call bpf_map_lookup_elem#1
  36: (15) if r0 == 0x0 goto pc+28       ; to 65
  37: (bf) r3 = r0
  38: (18) r1 = map[m0_events]
  40: (bf) r2 = r10
  41: (07) r2 += -32
  42: (b7) r4 = 1
  43: (85) call bpf_map_update_elem#2
  44: (18) r1 = map[m0_events]
  46: (bf) r2 = r10
  47: (07) r2 += -32
  48: (85) call bpf_map_lookup_elem#1
  49: (55) if r0 != 0x0 goto pc+12       ; to 62
  50: (b7) r1 = 0
  51: (63) *(u32 *)(r10 -8) = r1
  52: (18) r1 = map[dropped]
  54: (bf) r2 = r10
  55: (07) r2 += -8
  56: (85) call bpf_map_lookup_elem#1
  57: (15) if r0 == 0x0 goto pc+3        ; to 61
  58: (79) r1 = *(u64 *)(r0 +0)
  59: (07) r1 += 1
  60: (7b) *(u64 *)(r0 +0) = r1
  61: (05) goto pc+3                     ; to 65
  62: (79) r1 = *(u64 *)(r0 +0)
  63: (07) r1 += 1
  64: (7b) *(u64 *)(r0 +0) = r1
; 27: printf("event %d at %d ns\n", arg0, nsecs)
  65: (18) r1 = map[events]
  67: (b7) r2 = 24
  68: (b7) r3 = 0
  69: (85) call bpf_ringbuf_reserve#131
  70: (15) if r0 == 0x0 goto pc+23       ; to 94
  71: (b7) r1 = 1
  72: (7b) *(u64 *)(r0 +0) = r1
  73: (7b) *(u64 *)(r10 -24) = r0
; 27: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  74: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  75: (07) r3 += -4
  76: (bf) r1 = r10
  77: (07) r1 += -8
  78: (b7) r2 = 4
  79: (85) call bpf_probe_read_user#112
  80: (61) r0 = *(u32 *)(r10 -8)
  81: (67) r0 <<= 32
  82: (c7) r0 s>>= 32
  83: (bf) r7 = r0
  84: (79) r1 = *(u64 *)(r10 -24)
  85: (7b) *(u64 *)(r1 +8) = r7
; 27: nsecs
  86: (85) call bpf_ktime_get_ns#5
  87: (bf) r7 = r0
  88: (79) r1 = *(u64 *)(r10 -24)
  89: (7b) *(u64 *)(r1 +16) = r7
; 27: printf("event %d at %d ns\n", arg0, nsecs)
  90: (79) r1 = *(u64 *)(r10 -24)
  91: (b7) r2 = 0
  92: (85) call bpf_ringbuf_submit#132
  93: (05) goto pc+11                    ; to 105
  94: (b7) r1 = 0
  95: (63) *(u32 *)(r10 -8) = r1
  96: (18) r1 = map[lost]
  98: (bf) r2 = r10
  99: (07) r2 += -8
 100: (85) call bpf_map_lookup_elem#1
 101: (15) if r0 == 0x0 goto pc+3        ; to 105
 102: (79) r1 = *(u64 *)(r0 +0)
 103: (07) r1 += 1
 104: (7b) *(u64 *)(r0 +0) = r1
; 23: usdt:./test-server:test_grp:test_idx ...
 105: (b7) r0 = 0
 106: (95) exit

program tt_p2_2: usdt:./test-server:test_grp:test_idx (kprobe, 88 instructions)
; uprobe at ./test-server file offset 0x114c (USDT test_grp:test_idx at address 0x114c), args -4@-4(%rbp)
; 34: usdt:./test-server:test_grp:test_idx ...
   0: (bf) r6 = r1
   1: (18) r1 = map[exited][0]+0
   3: (79) r1 = *(u64 *)(r1 +0)
   4: (55) if r1 != 0x0 goto pc+81       ; to 86
; 35: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
   5: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
   6: (07) r3 += -4
   7: (bf) r1 = r10
   8: (07) r1 += -8
   9: (b7) r2 = 4
  10: (85) call bpf_probe_read_user#112
  11: (61) r0 = *(u32 *)(r10 -8)
  12: (67) r0 <<= 32
  13: (c7) r0 s>>= 32
; 35: arg0 % 3 == 0
  14: (bf) r7 = r0
  15: (97) r7 %= 3
  16: (15) if r7 == 0x0 goto pc+2        ; to 19
  17: (b7) r7 = 0
  18: (05) goto pc+1                     ; to 20
  19: (b7) r7 = 1
  20: (15) if r7 == 0x0 goto pc+65       ; to 86
; 37: printf("event %d: stopping\n", arg0)
  21: (18) r1 = map[events]
  23: (b7) r2 = 16
  24: (b7) r3 = 0
  25: (85) call bpf_ringbuf_reserve#131
  26: (15) if r0 == 0x0 goto pc+19       ; to 46
  27: (b7) r1 = 2
  28: (7b) *(u64 *)(r0 +0) = r1
  29: (7b) *(u64 *)(r10 -24) = r0
; 37: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  30: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  31: (07) r3 += -4
  32: (bf) r1 = r10
  33: (07) r1 += -8
  34: (b7) r2 = 4
  35: (85) call bpf_probe_read_user#112
  36: (61) r0 = *(u32 *)(r10 -8)
  37: (67) r0 <<= 32
  38: (c7) r0 s>>= 32
  39: (bf) r7 = r0
  40: (79) r1 = *(u64 *)(r10 -24)
  41: (7b) *(u64 *)(r1 +8) = r7
; 37: printf("event %d: stopping\n", arg0)
  42: (79) r1 = *(u64 *)(r10 -24)
  43: (b7) r2 = 0
  44: (85) call bpf_ringbuf_submit#132
  45: (05) goto pc+11                    ; to 57
  46: (b7) r1 = 0
  47: (63) *(u32 *)(r10 -8) = r1
  48: (18) r1 = map[lost]
  50: (bf) r2 = r10
  51: (07) r2 += -8
  52: (85) call bpf_map_lookup_elem#1
  53: (15) if r0 == 0x0 goto pc+3        ; to 57
  54: (79) r1 = *(u64 *)(r0 +0)
  55: (07) r1 += 1
  56: (7b) *(u64 *)(r0 +0) = r1
; 38: exit()
  57: (18) r1 = map[exited][0]+0
  59: (b7) r2 = 1
  60: (7b) *(u64 *)(r1 +0) = r2
  61: (18) r1 = map[events]
  63: (b7) r2 = 8
  64: (b7) r3 = 0
  65: (85) call bpf_ringbuf_reserve#131
  66: (15) if r0 == 0x0 goto pc+7        ; to 74
  67: (18) r1 = 0xffffffff
  69: (7b) *(u64 *)(r0 +0) = r1
  70: (bf) r1 = r0
  71: (b7) r2 = 0
  72: (85) call bpf_ringbuf_submit#132
  73: (05) goto pc+11                    ; to 85
  74: (b7) r1 = 0
  75: (63) *(u32 *)(r10 -8) = r1
  76: (18) r1 = map[lost]
  78: (bf) r2 = r10
  79: (07) r2 += -8
  80: (85) call bpf_map_lookup_elem#1
  81: (15) if r0 == 0x0 goto pc+3        ; to 85
  82: (79) r1 = *(u64 *)(r0 +0)
  83: (07) r1 += 1
  84: (7b) *(u64 *)(r0 +0) = r1
  85: (05) goto pc+0                     ; to 86
; 34: usdt:./test-server:test_grp:test_idx ...
  86: (b7) r0 = 0
  87: (95) exit

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
