program tt_p0_0: uprobe:./difftarget:greet (kprobe, 49 instructions)
; uprobe at ./difftarget file offset 0x1194
; 19: uprobe:./difftarget:greet ...
   0: (bf) r6 = r1
; 21: printf("greet(\"%s\", %d)\n", str(arg0), arg1)
   1: (18) r1 = map[events]
   3: (b7) r2 = 80
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+29       ; to 36
   7: (b7) r1 = 0
   8: (7b) *(u64 *)(r0 +0) = r1
   9: (7b) *(u64 *)(r10 -24) = r0
; 21: str(arg0)
  10: (79) r1 = *(u64 *)(r10 -24)
  11: (07) r1 += 8
  12: (b7) r2 = 0
  13: (7b) *(u64 *)(r1 +0) = r2
  14: (7b) *(u64 *)(r1 +8) = r2
  15: (7b) *(u64 *)(r1 +16) = r2
  16: (7b) *(u64 *)(r1 +24) = r2
  17: (7b) *(u64 *)(r1 +32) = r2
  18: (7b) *(u64 *)(r1 +40) = r2
  19: (7b) *(u64 *)(r1 +48) = r2
  20: (7b) *(u64 *)(r1 +56) = r2
; 21: arg0
  21: (79) r0 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 21: str(arg0)
  22: (bf) r7 = r0
  23: (79) r1 = *(u64 *)(r10 -24)
  24: (07) r1 += 8
  25: (b7) r2 = 64
  26: (bf) r3 = r7
  27: (85) call bpf_probe_read_user_str#114
; 21: arg1
  28: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
  29: (bf) r7 = r0
  30: (79) r1 = *(u64 *)(r10 -24)
  31: (7b) *(u64 *)(r1 +72) = r7
; 21: printf("greet(\"%s\", %d)\n", str(arg0), arg1)
  32: (79) r1 = *(u64 *)(r10 -24)
  33: (b7) r2 = 0
  34: (85) call bpf_ringbuf_submit#132
  35: (05) goto pc+11                    ; to 47
  36: (b7) r1 = 0
  37: (63) *(u32 *)(r10 -8) = r1
  38: (18) r1 = map[lost]
  40: (bf) r2 = r10
  41: (07) r2 += -8
  42: (85) call bpf_map_lookup_elem#1
  43: (15) if r0 == 0x0 goto pc+3        ; to 47
  44: (79) r1 = *(u64 *)(r0 +0)
  45: (07) r1 += 1
  46: (7b) *(u64 *)(r0 +0) = r1
; 19: uprobe:./difftarget:greet ...
  47: (b7) r0 = 0
  48: (95) exit

program tt_p1_1: uretprobe:./difftarget:label (kprobe, 45 instructions)
; uretprobe at ./difftarget file offset 0x11ba
; 24: uretprobe:./difftarget:label ...
   0: (bf) r6 = r1
; 26: printf("label returned \"%s\"\n", str(retval))
   1: (18) r1 = map[events]
   3: (b7) r2 = 72
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+25       ; to 32
   7: (b7) r1 = 1
   8: (7b) *(u64 *)(r0 +0) = r1
   9: (7b) *(u64 *)(r10 -24) = r0
; 26: str(retval)
  10: (79) r1 = *(u64 *)(r10 -24)
  11: (07) r1 += 8
  12: (b7) r2 = 0
  13: (7b) *(u64 *)(r1 +0) = r2
  14: (7b) *(u64 *)(r1 +8) = r2
  15: (7b) *(u64 *)(r1 +16) = r2
  16: (7b) *(u64 *)(r1 +24) = r2
  17: (7b) *(u64 *)(r1 +32) = r2
  18: (7b) *(u64 *)(r1 +40) = r2
  19: (7b) *(u64 *)(r1 +48) = r2
  20: (7b) *(u64 *)(r1 +56) = r2
  21: (79) r0 = *(u64 *)(r6 +80)         ; pt_regs.rax
  22: (bf) r7 = r0
  23: (79) r1 = *(u64 *)(r10 -24)
  24: (07) r1 += 8
  25: (b7) r2 = 64
  26: (bf) r3 = r7
  27: (85) call bpf_probe_read_user_str#114
; 26: printf("label returned \"%s\"\n", str(retval))
  28: (79) r1 = *(u64 *)(r10 -24)
  29: (b7) r2 = 0
  30: (85) call bpf_ringbuf_submit#132
  31: (05) goto pc+11                    ; to 43
  32: (b7) r1 = 0
  33: (63) *(u32 *)(r10 -8) = r1
  34: (18) r1 = map[lost]
  36: (bf) r2 = r10
  37: (07) r2 += -8
  38: (85) call bpf_map_lookup_elem#1
  39: (15) if r0 == 0x0 goto pc+3        ; to 43
  40: (79) r1 = *(u64 *)(r0 +0)
  41: (07) r1 += 1
  42: (7b) *(u64 *)(r0 +0) = r1
; 24: uretprobe:./difftarget:label ...
  43: (b7) r0 = 0
  44: (95) exit
