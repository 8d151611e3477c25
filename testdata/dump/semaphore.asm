program tt_p0_0: usdt:./semaphore:tt:sem (kprobe, 25 instructions)
; uprobe at ./semaphore file offset 0x1225 (USDT tt:sem at address 0x1225), semaphore at file offset 0x3038, args -4@-4(%rbp)
; 16: printf("tt:sem fired, i = %d\n", arg0)
   0: (7a) *(u64 *)(r10 -40) = 0
; 16: arg0 = -4@-4(%rbp): load rbp from pt_regs, add -4, read 4 bytes, sign-extend
   1: (79) r3 = *(u64 *)(r1 +32)
   2: (07) r3 += -4
   3: (bf) r1 = r10
   4: (07) r1 += -8
   5: (b7) r2 = 4
   6: (85) call bpf_probe_read_user#112
   7: (61) r0 = *(u32 *)(r10 -8)
   8: (67) r0 <<= 32
   9: (c7) r0 s>>= 32
  10: (7b) *(u64 *)(r10 -32) = r0
; 16: printf("tt:sem fired, i = %d\n", arg0)
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
; 14: usdt:./semaphore:tt:sem ...
  23: (b7) r0 = 0
  24: (95) exit
