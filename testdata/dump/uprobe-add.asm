program tt_p0_0: uprobe:./uprobe:add (kprobe, 35 instructions)
; uprobe at ./uprobe file offset 0x1159
; 14: uprobe:./uprobe:add ...
   0: (bf) r6 = r1
; 16: printf("add(%d, %d)\n", arg0, arg1)
   1: (18) r1 = map[events]
   3: (b7) r2 = 24
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+15       ; to 22
   7: (b7) r1 = 0
   8: (7b) *(u64 *)(r0 +0) = r1
   9: (7b) *(u64 *)(r10 -24) = r0
; 16: arg0
  10: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
  11: (bf) r7 = r0
  12: (79) r1 = *(u64 *)(r10 -24)
  13: (7b) *(u64 *)(r1 +8) = r7
; 16: arg1
  14: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
  15: (bf) r7 = r0
  16: (79) r1 = *(u64 *)(r10 -24)
  17: (7b) *(u64 *)(r1 +16) = r7
; 16: printf("add(%d, %d)\n", arg0, arg1)
  18: (79) r1 = *(u64 *)(r10 -24)
  19: (b7) r2 = 0
  20: (85) call bpf_ringbuf_submit#132
  21: (05) goto pc+11                    ; to 33
  22: (b7) r1 = 0
  23: (63) *(u32 *)(r10 -8) = r1
  24: (18) r1 = map[lost]
  26: (bf) r2 = r10
  27: (07) r2 += -8
  28: (85) call bpf_map_lookup_elem#1
  29: (15) if r0 == 0x0 goto pc+3        ; to 33
  30: (79) r1 = *(u64 *)(r0 +0)
  31: (07) r1 += 1
  32: (7b) *(u64 *)(r0 +0) = r1
; 14: uprobe:./uprobe:add ...
  33: (b7) r0 = 0
  34: (95) exit

program tt_p1_1: uretprobe:./uprobe:add (kprobe, 31 instructions)
; uretprobe at ./uprobe file offset 0x1159
; 19: uretprobe:./uprobe:add ...
   0: (bf) r6 = r1
; 21: printf("add returned %d\n", retval)
   1: (18) r1 = map[events]
   3: (b7) r2 = 16
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+11       ; to 18
   7: (b7) r1 = 1
   8: (7b) *(u64 *)(r0 +0) = r1
   9: (7b) *(u64 *)(r10 -24) = r0
; 21: retval
  10: (79) r0 = *(u64 *)(r6 +80)         ; pt_regs.rax
  11: (bf) r7 = r0
  12: (79) r1 = *(u64 *)(r10 -24)
  13: (7b) *(u64 *)(r1 +8) = r7
; 21: printf("add returned %d\n", retval)
  14: (79) r1 = *(u64 *)(r10 -24)
  15: (b7) r2 = 0
  16: (85) call bpf_ringbuf_submit#132
  17: (05) goto pc+11                    ; to 29
  18: (b7) r1 = 0
  19: (63) *(u32 *)(r10 -8) = r1
  20: (18) r1 = map[lost]
  22: (bf) r2 = r10
  23: (07) r2 += -8
  24: (85) call bpf_map_lookup_elem#1
  25: (15) if r0 == 0x0 goto pc+3        ; to 29
  26: (79) r1 = *(u64 *)(r0 +0)
  27: (07) r1 += 1
  28: (7b) *(u64 *)(r0 +0) = r1
; 19: uretprobe:./uprobe:add ...
  29: (b7) r0 = 0
  30: (95) exit
