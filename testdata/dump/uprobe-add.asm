program tt_p0_0: uprobe:./uprobe:add (kprobe, 19 instructions)
; uprobe at ./uprobe file offset 0x1159
; 16: printf("add(%d, %d)\n", arg0, arg1)
   0: (7a) *(u64 *)(r10 -48) = 0
; 16: arg0 = rdi (1st integer argument, System V ABI)
   1: (79) r0 = *(u64 *)(r1 +112)
   2: (7b) *(u64 *)(r10 -40) = r0
; 16: arg1 = rsi (2nd integer argument, System V ABI)
   3: (79) r0 = *(u64 *)(r1 +104)
   4: (7b) *(u64 *)(r10 -32) = r0
; 16: printf("add(%d, %d)\n", arg0, arg1)
   5: (18) r1 = map[events]
   7: (bf) r2 = r10
   8: (07) r2 += -48
   9: (b7) r3 = 24
  10: (b7) r4 = 1
  11: (85) call bpf_ringbuf_output#130
  12: (15) if r0 == 0x0 goto pc+4        ; to 17
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  13: (18) r1 = map[lost][0]+0
  15: (b7) r2 = 1
  16: (db) lock *(u64 *)(r1 +0) += r2
; 14: uprobe:./uprobe:add ...
  17: (b7) r0 = 0
  18: (95) exit

program tt_p1_1: uretprobe:./uprobe:add (kprobe, 17 instructions)
; uretprobe at ./uprobe file offset 0x1159
; 21: printf("add returned %d\n", retval)
   0: (7a) *(u64 *)(r10 -40) = 1
; 21: retval
   1: (79) r0 = *(u64 *)(r1 +80)
   2: (7b) *(u64 *)(r10 -32) = r0
; 21: printf("add returned %d\n", retval)
   3: (18) r1 = map[events]
   5: (bf) r2 = r10
   6: (07) r2 += -40
   7: (b7) r3 = 16
   8: (b7) r4 = 1
   9: (85) call bpf_ringbuf_output#130
  10: (15) if r0 == 0x0 goto pc+4        ; to 15
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  11: (18) r1 = map[lost][0]+0
  13: (b7) r2 = 1
  14: (db) lock *(u64 *)(r1 +0) += r2
; 19: uretprobe:./uprobe:add ...
  15: (b7) r0 = 0
  16: (95) exit
