program tt_p0_0: usdt:./libprobe.so:tt:lib_probe (kprobe, 19 instructions)
; uprobe at ./libprobe.so file offset 0x110f (USDT tt:lib_probe at address 0x110f), args -4@%edi
; 18: printf("lib_probe(%d)\n", arg0)
   0: (7a) *(u64 *)(r10 -40) = 0
; 18: arg0 = -4@%edi: load rdi from pt_regs, sign-extend
   1: (79) r0 = *(u64 *)(r1 +112)
   2: (67) r0 <<= 32
   3: (c7) r0 s>>= 32
   4: (7b) *(u64 *)(r10 -32) = r0
; 18: printf("lib_probe(%d)\n", arg0)
   5: (18) r1 = map[events]
   7: (bf) r2 = r10
   8: (07) r2 += -40
   9: (b7) r3 = 16
  10: (b7) r4 = 1
  11: (85) call bpf_ringbuf_output#130
  12: (15) if r0 == 0x0 goto pc+4        ; to 17
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  13: (18) r1 = map[lost][0]+0
  15: (b7) r2 = 1
  16: (db) lock *(u64 *)(r1 +0) += r2
; 16: usdt:./libprobe.so:tt:lib_probe ...
  17: (b7) r0 = 0
  18: (95) exit

program tt_p1_1: usdt:./libprobe.so:tt:lib_global (kprobe, 25 instructions)
; uprobe at ./libprobe.so file offset 0x1110 (USDT tt:lib_global at address 0x1110), args -4@lib_counter(%rip)
; 23: printf("lib_counter = %d\n", arg0)
   0: (7a) *(u64 *)(r10 -40) = 1
; 23: arg0 = -4@lib_counter(%rip): load rip (the probe site) from pt_regs, add the distance from the site to lib_counter, read 4 bytes, sign-extend
   1: (79) r3 = *(u64 *)(r1 +128)
   2: (07) r3 += 12028
   3: (bf) r1 = r10
   4: (07) r1 += -8
   5: (b7) r2 = 4
   6: (85) call bpf_probe_read_user#112
   7: (61) r0 = *(u32 *)(r10 -8)
   8: (67) r0 <<= 32
   9: (c7) r0 s>>= 32
  10: (7b) *(u64 *)(r10 -32) = r0
; 23: printf("lib_counter = %d\n", arg0)
  11: (18) r1 = map[events]
  13: (bf) r2 = r10
  14: (07) r2 += -40
  15: (b7) r3 = 16
  16: (b7) r4 = 1
  17: (85) call bpf_ringbuf_output#130
  18: (15) if r0 == 0x0 goto pc+4        ; to 23
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  19: (18) r1 = map[lost][0]+0
  21: (b7) r2 = 1
  22: (db) lock *(u64 *)(r1 +0) += r2
; 21: usdt:./libprobe.so:tt:lib_global ...
  23: (b7) r0 = 0
  24: (95) exit
