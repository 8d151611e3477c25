program tt_p0_0: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 75 instructions)
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
  35: (15) if r7 == 0x0 goto pc+37       ; to 73
; 18: printf("even idx %d (pid %d, comm %s)\n", arg0, pid, comm)
  36: (18) r1 = map[events]
  38: (b7) r2 = 40
  39: (b7) r3 = 0
  40: (85) call bpf_ringbuf_reserve#131
  41: (15) if r0 == 0x0 goto pc+27       ; to 69
  42: (7a) *(u64 *)(r0 +0) = 0
  43: (7b) *(u64 *)(r10 -24) = r0
; 18: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  44: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  45: (07) r3 += -4
  46: (bf) r1 = r10
  47: (07) r1 += -8
  48: (b7) r2 = 4
  49: (85) call bpf_probe_read_user#112
  50: (61) r0 = *(u32 *)(r10 -8)
  51: (67) r0 <<= 32
  52: (c7) r0 s>>= 32
  53: (bf) r7 = r0
  54: (79) r1 = *(u64 *)(r10 -24)
  55: (7b) *(u64 *)(r1 +8) = r7
; 18: pid
  56: (85) call bpf_get_current_pid_tgid#14
  57: (77) r0 >>= 32
  58: (bf) r7 = r0
  59: (79) r1 = *(u64 *)(r10 -24)
  60: (7b) *(u64 *)(r1 +16) = r7
; 18: comm
  61: (79) r1 = *(u64 *)(r10 -24)
  62: (07) r1 += 24
  63: (b7) r2 = 16
  64: (85) call bpf_get_current_comm#16
; 18: printf("even idx %d (pid %d, comm %s)\n", arg0, pid, comm)
  65: (79) r1 = *(u64 *)(r10 -24)
  66: (b7) r2 = 1
  67: (85) call bpf_ringbuf_submit#132
  68: (05) goto pc+4                     ; to 73
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  69: (18) r1 = map[lost][0]+0
  71: (b7) r2 = 1
  72: (db) lock *(u64 *)(r1 +0) += r2
; 15: usdt:./test-server-bounded:test_grp:test_idx ...
  73: (b7) r0 = 0
  74: (95) exit

program tt_p1_1: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 32 instructions)
; uprobe at ./test-server-bounded file offset 0x123e (USDT test_grp:test_idx at address 0x123e), args -4@-4(%rbp)
; 22: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
   0: (79) r3 = *(u64 *)(r1 +32)         ; pt_regs.rbp
   1: (07) r3 += -4
   2: (bf) r1 = r10
   3: (07) r1 += -8
   4: (b7) r2 = 4
   5: (85) call bpf_probe_read_user#112
   6: (61) r0 = *(u32 *)(r10 -8)
   7: (67) r0 <<= 32
   8: (c7) r0 s>>= 32
; 22: !(arg0 % 2 == 0)
   9: (bf) r7 = r0
  10: (97) r7 %= 2
  11: (15) if r7 == 0x0 goto pc+2        ; to 14
  12: (b7) r7 = 0
  13: (05) goto pc+1                     ; to 15
  14: (b7) r7 = 1
  15: (15) if r7 == 0x0 goto pc+2        ; to 18
  16: (b7) r7 = 0
  17: (05) goto pc+1                     ; to 19
  18: (b7) r7 = 1
  19: (15) if r7 == 0x0 goto pc+10       ; to 30
; 24: @odd = count()
  20: (7a) *(u64 *)(r10 -32) = 0
  21: (18) r1 = map[m0_odd]
  23: (bf) r2 = r10
  24: (07) r2 += -32
  25: (85) call bpf_map_lookup_elem#1
  26: (15) if r0 == 0x0 goto pc+3        ; to 30
  27: (79) r1 = *(u64 *)(r0 +0)
  28: (07) r1 += 1
  29: (7b) *(u64 *)(r0 +0) = r1
; 21: usdt:./test-server-bounded:test_grp:test_idx ...
  30: (b7) r0 = 0
  31: (95) exit
