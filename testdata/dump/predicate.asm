program tt_p0_0: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 83 instructions)
; uprobe at ./test-server-bounded file offset 0x123e (USDT test_grp:test_idx at address 0x123e), args -4@-4(%rbp)
; 15: usdt:./test-server-bounded:test_grp:test_idx ...
   0: (bf) r6 = r1
; 16: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
   1: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
   2: (07) r3 += -4
   3: (bf) r1 = r10
   4: (07) r1 += -8
   5: (b7) r2 = 4
   6: (85) call bpf_probe_read_user#112
   7: (61) r0 = *(u32 *)(r10 -8)
   8: (67) r0 <<= 32
   9: (c7) r0 s>>= 32
; 16: arg0 % 2 == 0 && arg0 > 2
  10: (bf) r7 = r0
  11: (97) r7 %= 2
  12: (15) if r7 == 0x0 goto pc+2        ; to 15
  13: (b7) r7 = 0
  14: (05) goto pc+1                     ; to 16
  15: (b7) r7 = 1
  16: (15) if r7 == 0x0 goto pc+17       ; to 34
; 16: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  17: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  18: (07) r3 += -4
  19: (bf) r1 = r10
  20: (07) r1 += -8
  21: (b7) r2 = 4
  22: (85) call bpf_probe_read_user#112
  23: (61) r0 = *(u32 *)(r10 -8)
  24: (67) r0 <<= 32
  25: (c7) r0 s>>= 32
; 16: arg0 % 2 == 0 && arg0 > 2
  26: (bf) r7 = r0
  27: (25) if r7 > 0x2 goto pc+2         ; to 30
  28: (b7) r7 = 0
  29: (05) goto pc+1                     ; to 31
  30: (b7) r7 = 1
  31: (15) if r7 == 0x0 goto pc+2        ; to 34
  32: (b7) r7 = 1
  33: (05) goto pc+1                     ; to 35
  34: (b7) r7 = 0
  35: (15) if r7 == 0x0 goto pc+45       ; to 81
; 18: printf("even idx %d (pid %d, comm %s)\n", arg0, pid, comm)
  36: (18) r1 = map[events]
  38: (b7) r2 = 40
  39: (b7) r3 = 0
  40: (85) call bpf_ringbuf_reserve#131
  41: (15) if r0 == 0x0 goto pc+28       ; to 70
  42: (b7) r1 = 0
  43: (7b) *(u64 *)(r0 +0) = r1
  44: (7b) *(u64 *)(r10 -24) = r0
; 18: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  45: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  46: (07) r3 += -4
  47: (bf) r1 = r10
  48: (07) r1 += -8
  49: (b7) r2 = 4
  50: (85) call bpf_probe_read_user#112
  51: (61) r0 = *(u32 *)(r10 -8)
  52: (67) r0 <<= 32
  53: (c7) r0 s>>= 32
  54: (bf) r7 = r0
  55: (79) r1 = *(u64 *)(r10 -24)
  56: (7b) *(u64 *)(r1 +8) = r7
; 18: pid
  57: (85) call bpf_get_current_pid_tgid#14
  58: (77) r0 >>= 32
  59: (bf) r7 = r0
  60: (79) r1 = *(u64 *)(r10 -24)
  61: (7b) *(u64 *)(r1 +16) = r7
; 18: comm
  62: (79) r1 = *(u64 *)(r10 -24)
  63: (07) r1 += 24
  64: (b7) r2 = 16
  65: (85) call bpf_get_current_comm#16
; 18: printf("even idx %d (pid %d, comm %s)\n", arg0, pid, comm)
  66: (79) r1 = *(u64 *)(r10 -24)
  67: (b7) r2 = 0
  68: (85) call bpf_ringbuf_submit#132
  69: (05) goto pc+11                    ; to 81
  70: (b7) r1 = 0
  71: (63) *(u32 *)(r10 -8) = r1
  72: (18) r1 = map[lost]
  74: (bf) r2 = r10
  75: (07) r2 += -8
  76: (85) call bpf_map_lookup_elem#1
  77: (15) if r0 == 0x0 goto pc+3        ; to 81
  78: (79) r1 = *(u64 *)(r0 +0)
  79: (07) r1 += 1
  80: (7b) *(u64 *)(r0 +0) = r1
; 15: usdt:./test-server-bounded:test_grp:test_idx ...
  81: (b7) r0 = 0
  82: (95) exit

program tt_p1_1: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 67 instructions)
; uprobe at ./test-server-bounded file offset 0x123e (USDT test_grp:test_idx at address 0x123e), args -4@-4(%rbp)
; 21: usdt:./test-server-bounded:test_grp:test_idx ...
   0: (bf) r6 = r1
; 22: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
   1: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
   2: (07) r3 += -4
   3: (bf) r1 = r10
   4: (07) r1 += -8
   5: (b7) r2 = 4
   6: (85) call bpf_probe_read_user#112
   7: (61) r0 = *(u32 *)(r10 -8)
   8: (67) r0 <<= 32
   9: (c7) r0 s>>= 32
; 22: !(arg0 % 2 == 0)
  10: (bf) r7 = r0
  11: (97) r7 %= 2
  12: (15) if r7 == 0x0 goto pc+2        ; to 15
  13: (b7) r7 = 0
  14: (05) goto pc+1                     ; to 16
  15: (b7) r7 = 1
  16: (15) if r7 == 0x0 goto pc+2        ; to 19
  17: (b7) r7 = 0
  18: (05) goto pc+1                     ; to 20
  19: (b7) r7 = 1
  20: (15) if r7 == 0x0 goto pc+44       ; to 65
; 24: @odd = count()
  21: (b7) r1 = 0
  22: (7b) *(u64 *)(r10 -32) = r1
  23: (18) r1 = map[m0_odd]
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
  38: (18) r1 = map[m0_odd]
  40: (bf) r2 = r10
  41: (07) r2 += -32
  42: (b7) r4 = 1
  43: (85) call bpf_map_update_elem#2
  44: (18) r1 = map[m0_odd]
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
; 21: usdt:./test-server-bounded:test_grp:test_idx ...
  65: (b7) r0 = 0
  66: (95) exit
