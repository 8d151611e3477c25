program tt_p0_0: BEGIN (kprobe, 33 instructions)
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
  12: (15) if r0 == 0x0 goto pc+7        ; to 20
  13: (b7) r1 = 0
  14: (7b) *(u64 *)(r0 +0) = r1
  15: (7b) *(u64 *)(r10 -24) = r0
  16: (79) r1 = *(u64 *)(r10 -24)
  17: (b7) r2 = 0
  18: (85) call bpf_ringbuf_submit#132
  19: (05) goto pc+11                    ; to 31
  20: (b7) r1 = 0
  21: (63) *(u32 *)(r10 -8) = r1
  22: (18) r1 = map[lost]
  24: (bf) r2 = r10
  25: (07) r2 += -8
  26: (85) call bpf_map_lookup_elem#1
  27: (15) if r0 == 0x0 goto pc+3        ; to 31
  28: (79) r1 = *(u64 *)(r0 +0)
  29: (07) r1 += 1
  30: (7b) *(u64 *)(r0 +0) = r1
; 18: BEGIN ...
  31: (b7) r0 = 0
  32: (95) exit

program tt_p1_1: usdt:./test-server:test_grp:test_idx (kprobe, 109 instructions)
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
  22: (15) if r7 == 0x0 goto pc+84       ; to 107
; 26: @events = count()
  23: (b7) r1 = 0
  24: (7b) *(u64 *)(r10 -32) = r1
  25: (18) r1 = map[m0_events]
  27: (bf) r2 = r10
  28: (07) r2 += -32
  29: (85) call bpf_map_lookup_elem#1
  30: (55) if r0 != 0x0 goto pc+33       ; to 64
  31: (b7) r1 = 0
  32: (63) *(u32 *)(r10 -16) = r1
  33: (18) r1 = map[zeroes]
  35: (bf) r2 = r10
  36: (07) r2 += -16
  37: (85) call bpf_map_lookup_elem#1
  38: (15) if r0 == 0x0 goto pc+28       ; to 67
  39: (bf) r3 = r0
  40: (18) r1 = map[m0_events]
  42: (bf) r2 = r10
  43: (07) r2 += -32
  44: (b7) r4 = 1
  45: (85) call bpf_map_update_elem#2
  46: (18) r1 = map[m0_events]
  48: (bf) r2 = r10
  49: (07) r2 += -32
  50: (85) call bpf_map_lookup_elem#1
  51: (55) if r0 != 0x0 goto pc+12       ; to 64
  52: (b7) r1 = 0
  53: (63) *(u32 *)(r10 -8) = r1
  54: (18) r1 = map[dropped]
  56: (bf) r2 = r10
  57: (07) r2 += -8
  58: (85) call bpf_map_lookup_elem#1
  59: (15) if r0 == 0x0 goto pc+3        ; to 63
  60: (79) r1 = *(u64 *)(r0 +0)
  61: (07) r1 += 1
  62: (7b) *(u64 *)(r0 +0) = r1
  63: (05) goto pc+3                     ; to 67
  64: (79) r1 = *(u64 *)(r0 +0)
  65: (07) r1 += 1
  66: (7b) *(u64 *)(r0 +0) = r1
; 27: printf("event %d at %d ns\n", arg0, nsecs)
  67: (18) r1 = map[events]
  69: (b7) r2 = 24
  70: (b7) r3 = 0
  71: (85) call bpf_ringbuf_reserve#131
  72: (15) if r0 == 0x0 goto pc+23       ; to 96
  73: (b7) r1 = 1
  74: (7b) *(u64 *)(r0 +0) = r1
  75: (7b) *(u64 *)(r10 -24) = r0
; 27: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  76: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  77: (07) r3 += -4
  78: (bf) r1 = r10
  79: (07) r1 += -8
  80: (b7) r2 = 4
  81: (85) call bpf_probe_read_user#112
  82: (61) r0 = *(u32 *)(r10 -8)
  83: (67) r0 <<= 32
  84: (c7) r0 s>>= 32
  85: (bf) r7 = r0
  86: (79) r1 = *(u64 *)(r10 -24)
  87: (7b) *(u64 *)(r1 +8) = r7
; 27: nsecs
  88: (85) call bpf_ktime_get_ns#5
  89: (bf) r7 = r0
  90: (79) r1 = *(u64 *)(r10 -24)
  91: (7b) *(u64 *)(r1 +16) = r7
; 27: printf("event %d at %d ns\n", arg0, nsecs)
  92: (79) r1 = *(u64 *)(r10 -24)
  93: (b7) r2 = 0
  94: (85) call bpf_ringbuf_submit#132
  95: (05) goto pc+11                    ; to 107
  96: (b7) r1 = 0
  97: (63) *(u32 *)(r10 -8) = r1
  98: (18) r1 = map[lost]
 100: (bf) r2 = r10
 101: (07) r2 += -8
 102: (85) call bpf_map_lookup_elem#1
 103: (15) if r0 == 0x0 goto pc+3        ; to 107
 104: (79) r1 = *(u64 *)(r0 +0)
 105: (07) r1 += 1
 106: (7b) *(u64 *)(r0 +0) = r1
; 23: usdt:./test-server:test_grp:test_idx ...
 107: (b7) r0 = 0
 108: (95) exit

program tt_p2_2: usdt:./test-server:test_grp:test_idx (kprobe, 90 instructions)
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
  22: (15) if r7 == 0x0 goto pc+65       ; to 88
; 37: printf("event %d: stopping\n", arg0)
  23: (18) r1 = map[events]
  25: (b7) r2 = 16
  26: (b7) r3 = 0
  27: (85) call bpf_ringbuf_reserve#131
  28: (15) if r0 == 0x0 goto pc+19       ; to 48
  29: (b7) r1 = 2
  30: (7b) *(u64 *)(r0 +0) = r1
  31: (7b) *(u64 *)(r10 -24) = r0
; 37: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  32: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  33: (07) r3 += -4
  34: (bf) r1 = r10
  35: (07) r1 += -8
  36: (b7) r2 = 4
  37: (85) call bpf_probe_read_user#112
  38: (61) r0 = *(u32 *)(r10 -8)
  39: (67) r0 <<= 32
  40: (c7) r0 s>>= 32
  41: (bf) r7 = r0
  42: (79) r1 = *(u64 *)(r10 -24)
  43: (7b) *(u64 *)(r1 +8) = r7
; 37: printf("event %d: stopping\n", arg0)
  44: (79) r1 = *(u64 *)(r10 -24)
  45: (b7) r2 = 0
  46: (85) call bpf_ringbuf_submit#132
  47: (05) goto pc+11                    ; to 59
  48: (b7) r1 = 0
  49: (63) *(u32 *)(r10 -8) = r1
  50: (18) r1 = map[lost]
  52: (bf) r2 = r10
  53: (07) r2 += -8
  54: (85) call bpf_map_lookup_elem#1
  55: (15) if r0 == 0x0 goto pc+3        ; to 59
  56: (79) r1 = *(u64 *)(r0 +0)
  57: (07) r1 += 1
  58: (7b) *(u64 *)(r0 +0) = r1
; 38: exit()
  59: (18) r1 = map[exited][0]+0
  61: (b7) r2 = 1
  62: (7b) *(u64 *)(r1 +0) = r2
  63: (18) r1 = map[events]
  65: (b7) r2 = 8
  66: (b7) r3 = 0
  67: (85) call bpf_ringbuf_reserve#131
  68: (15) if r0 == 0x0 goto pc+7        ; to 76
  69: (18) r1 = 0xffffffff
  71: (7b) *(u64 *)(r0 +0) = r1
  72: (bf) r1 = r0
  73: (b7) r2 = 0
  74: (85) call bpf_ringbuf_submit#132
  75: (05) goto pc+11                    ; to 87
  76: (b7) r1 = 0
  77: (63) *(u32 *)(r10 -8) = r1
  78: (18) r1 = map[lost]
  80: (bf) r2 = r10
  81: (07) r2 += -8
  82: (85) call bpf_map_lookup_elem#1
  83: (15) if r0 == 0x0 goto pc+3        ; to 87
  84: (79) r1 = *(u64 *)(r0 +0)
  85: (07) r1 += 1
  86: (7b) *(u64 *)(r0 +0) = r1
  87: (05) goto pc+0                     ; to 88
; 34: usdt:./test-server:test_grp:test_idx ...
  88: (b7) r0 = 0
  89: (95) exit

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
