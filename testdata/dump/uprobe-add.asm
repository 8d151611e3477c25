program tt_p0_0: uprobe:./uprobe:add (kprobe, 27 instructions)
; uprobe at ./uprobe file offset 0x1159
; 14: uprobe:./uprobe:add ...
   0: (bf) r6 = r1
; 16: printf("add(%d, %d)\n", arg0, arg1)
   1: (18) r1 = map[events]
   3: (b7) r2 = 24
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+14       ; to 21
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (7b) *(u64 *)(r10 -24) = r0
; 16: arg0 = rdi (1st integer argument, System V ABI)
   9: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
  10: (bf) r7 = r0
  11: (79) r1 = *(u64 *)(r10 -24)
  12: (7b) *(u64 *)(r1 +8) = r7
; 16: arg1 = rsi (2nd integer argument, System V ABI)
  13: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
  14: (bf) r7 = r0
  15: (79) r1 = *(u64 *)(r10 -24)
  16: (7b) *(u64 *)(r1 +16) = r7
; 16: printf("add(%d, %d)\n", arg0, arg1)
  17: (79) r1 = *(u64 *)(r10 -24)
  18: (b7) r2 = 1
  19: (85) call bpf_ringbuf_submit#132
  20: (05) goto pc+4                     ; to 25
  21: (18) r1 = map[lost][0]+0
  23: (b7) r2 = 1
  24: (db) lock *(u64 *)(r1 +0) += r2
; 14: uprobe:./uprobe:add ...
  25: (b7) r0 = 0
  26: (95) exit

program tt_p1_1: uretprobe:./uprobe:add (kprobe, 23 instructions)
; uretprobe at ./uprobe file offset 0x1159
; 19: uretprobe:./uprobe:add ...
   0: (bf) r6 = r1
; 21: printf("add returned %d\n", retval)
   1: (18) r1 = map[events]
   3: (b7) r2 = 16
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+10       ; to 17
   7: (7a) *(u64 *)(r0 +0) = 1
   8: (7b) *(u64 *)(r10 -24) = r0
; 21: retval
   9: (79) r0 = *(u64 *)(r6 +80)         ; pt_regs.rax
  10: (bf) r7 = r0
  11: (79) r1 = *(u64 *)(r10 -24)
  12: (7b) *(u64 *)(r1 +8) = r7
; 21: printf("add returned %d\n", retval)
  13: (79) r1 = *(u64 *)(r10 -24)
  14: (b7) r2 = 1
  15: (85) call bpf_ringbuf_submit#132
  16: (05) goto pc+4                     ; to 21
  17: (18) r1 = map[lost][0]+0
  19: (b7) r2 = 1
  20: (db) lock *(u64 *)(r1 +0) += r2
; 19: uretprobe:./uprobe:add ...
  21: (b7) r0 = 0
  22: (95) exit
