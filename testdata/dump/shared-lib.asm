program tt_p0_0: usdt:./libprobe.so:tt:lib_probe (kprobe, 25 instructions)
; uprobe at ./libprobe.so file offset 0x110f (USDT tt:lib_probe at address 0x110f), args -4@%edi
; 16: usdt:./libprobe.so:tt:lib_probe ...
   0: (bf) r6 = r1
; 18: printf("lib_probe(%d)\n", arg0)
   1: (18) r1 = map[events]
   3: (b7) r2 = 16
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+12       ; to 19
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (7b) *(u64 *)(r10 -24) = r0
; 18: arg0 = -4@%edi: load rdi from pt_regs, sign-extend
   9: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
  10: (67) r0 <<= 32
  11: (c7) r0 s>>= 32
  12: (bf) r7 = r0
  13: (79) r1 = *(u64 *)(r10 -24)
  14: (7b) *(u64 *)(r1 +8) = r7
; 18: printf("lib_probe(%d)\n", arg0)
  15: (79) r1 = *(u64 *)(r10 -24)
  16: (b7) r2 = 1
  17: (85) call bpf_ringbuf_submit#132
  18: (05) goto pc+4                     ; to 23
  19: (18) r1 = map[lost][0]+0
  21: (b7) r2 = 1
  22: (db) lock *(u64 *)(r1 +0) += r2
; 16: usdt:./libprobe.so:tt:lib_probe ...
  23: (b7) r0 = 0
  24: (95) exit

program tt_p1_1: usdt:./libprobe.so:tt:lib_global (kprobe, 31 instructions)
; uprobe at ./libprobe.so file offset 0x1110 (USDT tt:lib_global at address 0x1110), args -4@lib_counter(%rip)
; 21: usdt:./libprobe.so:tt:lib_global ...
   0: (bf) r6 = r1
; 23: printf("lib_counter = %d\n", arg0)
   1: (18) r1 = map[events]
   3: (b7) r2 = 16
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+18       ; to 25
   7: (7a) *(u64 *)(r0 +0) = 1
   8: (7b) *(u64 *)(r10 -24) = r0
; 23: arg0 = -4@lib_counter(%rip): load rip (the probe site) from pt_regs, add the distance from the site to lib_counter, read 4 bytes, sign-extend
   9: (79) r3 = *(u64 *)(r6 +128)        ; pt_regs.rip
  10: (07) r3 += 12028
  11: (bf) r1 = r10
  12: (07) r1 += -8
  13: (b7) r2 = 4
  14: (85) call bpf_probe_read_user#112
  15: (61) r0 = *(u32 *)(r10 -8)
  16: (67) r0 <<= 32
  17: (c7) r0 s>>= 32
  18: (bf) r7 = r0
  19: (79) r1 = *(u64 *)(r10 -24)
  20: (7b) *(u64 *)(r1 +8) = r7
; 23: printf("lib_counter = %d\n", arg0)
  21: (79) r1 = *(u64 *)(r10 -24)
  22: (b7) r2 = 1
  23: (85) call bpf_ringbuf_submit#132
  24: (05) goto pc+4                     ; to 29
  25: (18) r1 = map[lost][0]+0
  27: (b7) r2 = 1
  28: (db) lock *(u64 *)(r1 +0) += r2
; 21: usdt:./libprobe.so:tt:lib_global ...
  29: (b7) r0 = 0
  30: (95) exit
