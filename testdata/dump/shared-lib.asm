program tt_p0_0: usdt:./libprobe.so:tt:lib_probe (kprobe, 33 instructions)
; uprobe at ./libprobe.so file offset 0x110f (USDT tt:lib_probe at address 0x110f), args -4@%edi
; 16: usdt:./libprobe.so:tt:lib_probe ...
   0: (bf) r6 = r1
; 18: printf("lib_probe(%d)\n", arg0)
   1: (18) r1 = map[events]
   3: (b7) r2 = 16
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+13       ; to 20
   7: (b7) r1 = 0
   8: (7b) *(u64 *)(r0 +0) = r1
   9: (7b) *(u64 *)(r10 -24) = r0
; 18: arg0 = -4@%edi: load rdi from pt_regs, sign-extend
  10: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
  11: (67) r0 <<= 32
  12: (c7) r0 s>>= 32
  13: (bf) r7 = r0
  14: (79) r1 = *(u64 *)(r10 -24)
  15: (7b) *(u64 *)(r1 +8) = r7
; 18: printf("lib_probe(%d)\n", arg0)
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
; 16: usdt:./libprobe.so:tt:lib_probe ...
  31: (b7) r0 = 0
  32: (95) exit

program tt_p1_1: usdt:./libprobe.so:tt:lib_global (kprobe, 39 instructions)
; uprobe at ./libprobe.so file offset 0x1110 (USDT tt:lib_global at address 0x1110), args -4@lib_counter(%rip)
; 21: usdt:./libprobe.so:tt:lib_global ...
   0: (bf) r6 = r1
; 23: printf("lib_counter = %d\n", arg0)
   1: (18) r1 = map[events]
   3: (b7) r2 = 16
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+19       ; to 26
   7: (b7) r1 = 1
   8: (7b) *(u64 *)(r0 +0) = r1
   9: (7b) *(u64 *)(r10 -24) = r0
; 23: arg0 = -4@lib_counter(%rip): load rip (the probe site) from pt_regs, add the distance from the site to lib_counter, read 4 bytes, sign-extend
  10: (79) r3 = *(u64 *)(r6 +128)        ; pt_regs.rip
  11: (07) r3 += 12028
  12: (bf) r1 = r10
  13: (07) r1 += -8
  14: (b7) r2 = 4
  15: (85) call bpf_probe_read_user#112
  16: (61) r0 = *(u32 *)(r10 -8)
  17: (67) r0 <<= 32
  18: (c7) r0 s>>= 32
  19: (bf) r7 = r0
  20: (79) r1 = *(u64 *)(r10 -24)
  21: (7b) *(u64 *)(r1 +8) = r7
; 23: printf("lib_counter = %d\n", arg0)
  22: (79) r1 = *(u64 *)(r10 -24)
  23: (b7) r2 = 0
  24: (85) call bpf_ringbuf_submit#132
  25: (05) goto pc+11                    ; to 37
  26: (b7) r1 = 0
  27: (63) *(u32 *)(r10 -8) = r1
  28: (18) r1 = map[lost]
  30: (bf) r2 = r10
  31: (07) r2 += -8
  32: (85) call bpf_map_lookup_elem#1
  33: (15) if r0 == 0x0 goto pc+3        ; to 37
  34: (79) r1 = *(u64 *)(r0 +0)
  35: (07) r1 += 1
  36: (7b) *(u64 *)(r0 +0) = r1
; 21: usdt:./libprobe.so:tt:lib_global ...
  37: (b7) r0 = 0
  38: (95) exit
