program tt_p0_0: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 70 instructions)
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
   7: (61) r7 = *(u32 *)(r10 -8)
   8: (67) r7 <<= 32
   9: (c7) r7 s>>= 32
; 16: arg0 % 2 == 0 && arg0 > 2
  10: (97) r7 %= 2
  11: (15) if r7 == 0x0 goto pc+2        ; to 14
  12: (b7) r7 = 0
  13: (05) goto pc+1                     ; to 15
  14: (b7) r7 = 1
  15: (15) if r7 == 0x0 goto pc+16       ; to 32
; 16: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  16: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  17: (07) r3 += -4
  18: (bf) r1 = r10
  19: (07) r1 += -8
  20: (b7) r2 = 4
  21: (85) call bpf_probe_read_user#112
  22: (61) r0 = *(u32 *)(r10 -8)
  23: (67) r0 <<= 32
  24: (c7) r0 s>>= 32
; 16: arg0 % 2 == 0 && arg0 > 2
  25: (25) if r0 > 0x2 goto pc+2         ; to 28
  26: (b7) r7 = 0
  27: (05) goto pc+1                     ; to 29
  28: (b7) r7 = 1
  29: (15) if r7 == 0x0 goto pc+2        ; to 32
  30: (b7) r7 = 1
  31: (05) goto pc+1                     ; to 33
  32: (b7) r7 = 0
  33: (15) if r7 == 0x0 goto pc+34       ; to 68
; 18: printf("even idx %d (pid %d, comm %s)\n", arg0, pid, comm)
  34: (18) r1 = map[events]
  36: (b7) r2 = 40
  37: (b7) r3 = 0
  38: (85) call bpf_ringbuf_reserve#131
  39: (15) if r0 == 0x0 goto pc+24       ; to 64
  40: (7a) *(u64 *)(r0 +0) = 0
  41: (bf) r9 = r0
; 18: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
  42: (79) r3 = *(u64 *)(r6 +32)         ; pt_regs.rbp
  43: (07) r3 += -4
  44: (bf) r1 = r10
  45: (07) r1 += -8
  46: (b7) r2 = 4
  47: (85) call bpf_probe_read_user#112
  48: (61) r0 = *(u32 *)(r10 -8)
  49: (67) r0 <<= 32
  50: (c7) r0 s>>= 32
  51: (bf) r1 = r9
  52: (7b) *(u64 *)(r1 +8) = r0
; 18: pid
  53: (85) call bpf_get_current_pid_tgid#14
  54: (77) r0 >>= 32
  55: (7b) *(u64 *)(r9 +16) = r0
; 18: comm
  56: (bf) r1 = r9
  57: (07) r1 += 24
  58: (b7) r2 = 16
  59: (85) call bpf_get_current_comm#16
; 18: printf("even idx %d (pid %d, comm %s)\n", arg0, pid, comm)
  60: (bf) r1 = r9
  61: (b7) r2 = 1
  62: (85) call bpf_ringbuf_submit#132
  63: (05) goto pc+4                     ; to 68
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  64: (18) r1 = map[lost][0]+0
  66: (b7) r2 = 1
  67: (db) lock *(u64 *)(r1 +0) += r2
; 15: usdt:./test-server-bounded:test_grp:test_idx ...
  68: (b7) r0 = 0
  69: (95) exit

program tt_p1_1: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 31 instructions)
; uprobe at ./test-server-bounded file offset 0x123e (USDT test_grp:test_idx at address 0x123e), args -4@-4(%rbp)
; 22: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
   0: (79) r3 = *(u64 *)(r1 +32)
   1: (07) r3 += -4
   2: (bf) r1 = r10
   3: (07) r1 += -8
   4: (b7) r2 = 4
   5: (85) call bpf_probe_read_user#112
   6: (61) r7 = *(u32 *)(r10 -8)
   7: (67) r7 <<= 32
   8: (c7) r7 s>>= 32
; 22: !(arg0 % 2 == 0)
   9: (97) r7 %= 2
  10: (15) if r7 == 0x0 goto pc+2        ; to 13
  11: (b7) r7 = 0
  12: (05) goto pc+1                     ; to 14
  13: (b7) r7 = 1
  14: (15) if r7 == 0x0 goto pc+2        ; to 17
  15: (b7) r7 = 0
  16: (05) goto pc+1                     ; to 18
  17: (b7) r7 = 1
  18: (15) if r7 == 0x0 goto pc+10       ; to 29
; 24: @odd = count()
  19: (7a) *(u64 *)(r10 -32) = 0
  20: (18) r1 = map[m0_odd]
  22: (bf) r2 = r10
  23: (07) r2 += -32
  24: (85) call bpf_map_lookup_elem#1
  25: (15) if r0 == 0x0 goto pc+3        ; to 29
  26: (79) r1 = *(u64 *)(r0 +0)
  27: (07) r1 += 1
  28: (7b) *(u64 *)(r0 +0) = r1
; 21: usdt:./test-server-bounded:test_grp:test_idx ...
  29: (b7) r0 = 0
  30: (95) exit
