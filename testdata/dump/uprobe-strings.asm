program tt_p0_0: uprobe:./difftarget:greet (kprobe, 38 instructions)
; uprobe at ./difftarget file offset 0x1194
; 19: uprobe:./difftarget:greet ...
   0: (bf) r6 = r1
; 21: printf("greet(\"%s\", %d)\n", str(arg0), arg1)
   1: (18) r1 = map[events]
   3: (b7) r2 = 80
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+25       ; to 32
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (7b) *(u64 *)(r10 -24) = r0
; 21: str(arg0)
   9: (79) r1 = *(u64 *)(r10 -24)
  10: (07) r1 += 8
  11: (b7) r2 = 0
  12: (7b) *(u64 *)(r1 +0) = r2
  13: (7b) *(u64 *)(r1 +8) = r2
  14: (7b) *(u64 *)(r1 +16) = r2
  15: (7b) *(u64 *)(r1 +24) = r2
  16: (7b) *(u64 *)(r1 +32) = r2
  17: (7b) *(u64 *)(r1 +40) = r2
  18: (7b) *(u64 *)(r1 +48) = r2
  19: (7b) *(u64 *)(r1 +56) = r2
; 21: arg0 = rdi (1st integer argument, System V ABI)
  20: (79) r3 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 21: str(arg0)
  21: (79) r1 = *(u64 *)(r10 -24)
  22: (07) r1 += 8
  23: (b7) r2 = 64
  24: (85) call bpf_probe_read_user_str#114
; 21: arg1 = rsi (2nd integer argument, System V ABI)
  25: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
  26: (79) r1 = *(u64 *)(r10 -24)
  27: (7b) *(u64 *)(r1 +72) = r0
; 21: printf("greet(\"%s\", %d)\n", str(arg0), arg1)
  28: (79) r1 = *(u64 *)(r10 -24)
  29: (b7) r2 = 1
  30: (85) call bpf_ringbuf_submit#132
  31: (05) goto pc+4                     ; to 36
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  32: (18) r1 = map[lost][0]+0
  34: (b7) r2 = 1
  35: (db) lock *(u64 *)(r1 +0) += r2
; 19: uprobe:./difftarget:greet ...
  36: (b7) r0 = 0
  37: (95) exit

program tt_p1_1: uretprobe:./difftarget:label (kprobe, 35 instructions)
; uretprobe at ./difftarget file offset 0x11ba
; 24: uretprobe:./difftarget:label ...
   0: (bf) r6 = r1
; 26: printf("label returned \"%s\"\n", str(retval))
   1: (18) r1 = map[events]
   3: (b7) r2 = 72
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+22       ; to 29
   7: (7a) *(u64 *)(r0 +0) = 1
   8: (7b) *(u64 *)(r10 -24) = r0
; 26: str(retval)
   9: (79) r1 = *(u64 *)(r10 -24)
  10: (07) r1 += 8
  11: (b7) r2 = 0
  12: (7b) *(u64 *)(r1 +0) = r2
  13: (7b) *(u64 *)(r1 +8) = r2
  14: (7b) *(u64 *)(r1 +16) = r2
  15: (7b) *(u64 *)(r1 +24) = r2
  16: (7b) *(u64 *)(r1 +32) = r2
  17: (7b) *(u64 *)(r1 +40) = r2
  18: (7b) *(u64 *)(r1 +48) = r2
  19: (7b) *(u64 *)(r1 +56) = r2
  20: (79) r3 = *(u64 *)(r6 +80)         ; pt_regs.rax
  21: (79) r1 = *(u64 *)(r10 -24)
  22: (07) r1 += 8
  23: (b7) r2 = 64
  24: (85) call bpf_probe_read_user_str#114
; 26: printf("label returned \"%s\"\n", str(retval))
  25: (79) r1 = *(u64 *)(r10 -24)
  26: (b7) r2 = 1
  27: (85) call bpf_ringbuf_submit#132
  28: (05) goto pc+4                     ; to 33
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  29: (18) r1 = map[lost][0]+0
  31: (b7) r2 = 1
  32: (db) lock *(u64 *)(r1 +0) += r2
; 24: uretprobe:./difftarget:label ...
  33: (b7) r0 = 0
  34: (95) exit
