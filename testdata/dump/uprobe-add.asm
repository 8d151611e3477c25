program tt_p0_0: uprobe:./uprobe:add (kprobe, 21 instructions)
; uprobe at ./uprobe file offset 0x1159
; 16: printf("add(%d, %d)\n", arg0, arg1)
   0: (7a) *(u64 *)(r10 -48) = 0
; 16: arg0 = rdi (1st integer argument, System V ABI)
   1: (79) r0 = *(u64 *)(r1 +112)        ; pt_regs.rdi
   2: (bf) r7 = r0
   3: (7b) *(u64 *)(r10 -40) = r7
; 16: arg1 = rsi (2nd integer argument, System V ABI)
   4: (79) r0 = *(u64 *)(r1 +104)        ; pt_regs.rsi
   5: (bf) r7 = r0
   6: (7b) *(u64 *)(r10 -32) = r7
; 16: printf("add(%d, %d)\n", arg0, arg1)
   7: (18) r1 = map[events]
   9: (bf) r2 = r10
  10: (07) r2 += -48
  11: (b7) r3 = 24
  12: (b7) r4 = 1
  13: (85) call bpf_ringbuf_output#130
  14: (15) if r0 == 0x0 goto pc+4        ; to 19
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  15: (18) r1 = map[lost][0]+0
  17: (b7) r2 = 1
  18: (db) lock *(u64 *)(r1 +0) += r2
; 14: uprobe:./uprobe:add ...
  19: (b7) r0 = 0
  20: (95) exit

program tt_p1_1: uretprobe:./uprobe:add (kprobe, 18 instructions)
; uretprobe at ./uprobe file offset 0x1159
; 21: printf("add returned %d\n", retval)
   0: (7a) *(u64 *)(r10 -40) = 1
; 21: retval
   1: (79) r0 = *(u64 *)(r1 +80)         ; pt_regs.rax
   2: (bf) r7 = r0
   3: (7b) *(u64 *)(r10 -32) = r7
; 21: printf("add returned %d\n", retval)
   4: (18) r1 = map[events]
   6: (bf) r2 = r10
   7: (07) r2 += -40
   8: (b7) r3 = 16
   9: (b7) r4 = 1
  10: (85) call bpf_ringbuf_output#130
  11: (15) if r0 == 0x0 goto pc+4        ; to 16
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  12: (18) r1 = map[lost][0]+0
  14: (b7) r2 = 1
  15: (db) lock *(u64 *)(r1 +0) += r2
; 19: uretprobe:./uprobe:add ...
  16: (b7) r0 = 0
  17: (95) exit
