program tt_p0_0: uprobe:./difftarget:greet (kprobe, 26 instructions)
; uprobe at ./difftarget file offset 0x1194
; 19: uprobe:./difftarget:greet ...
   0: (bf) r6 = r1
; 21: printf("greet(\"%s\", %d)\n", str(arg0), arg1)
   1: (18) r1 = map[events]
   3: (b7) r2 = 80
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+13       ; to 20
   7: (7a) *(u64 *)(r0 +0) = 0
   8: (bf) r9 = r0
; 21: arg0 = rdi (1st integer argument, System V ABI)
   9: (79) r3 = *(u64 *)(r6 +112)        ; pt_regs.rdi
; 21: str(arg0)
  10: (bf) r1 = r9
  11: (07) r1 += 8
  12: (b7) r2 = 64
  13: (85) call bpf_probe_read_user_str#114
; 21: arg1 = rsi (2nd integer argument, System V ABI)
  14: (79) r0 = *(u64 *)(r6 +104)        ; pt_regs.rsi
  15: (7b) *(u64 *)(r9 +72) = r0
; 21: printf("greet(\"%s\", %d)\n", str(arg0), arg1)
  16: (bf) r1 = r9
  17: (b7) r2 = 1
  18: (85) call bpf_ringbuf_submit#132
  19: (05) goto pc+4                     ; to 24
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  20: (18) r1 = map[lost][0]+0
  22: (b7) r2 = 1
  23: (db) lock *(u64 *)(r1 +0) += r2
; 19: uprobe:./difftarget:greet ...
  24: (b7) r0 = 0
  25: (95) exit

program tt_p1_1: uretprobe:./difftarget:label (kprobe, 24 instructions)
; uretprobe at ./difftarget file offset 0x11ba
; 24: uretprobe:./difftarget:label ...
   0: (bf) r6 = r1
; 26: printf("label returned \"%s\"\n", str(retval))
   1: (18) r1 = map[events]
   3: (b7) r2 = 72
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+11       ; to 18
   7: (7a) *(u64 *)(r0 +0) = 1
   8: (bf) r9 = r0
; 26: str(retval)
   9: (79) r3 = *(u64 *)(r6 +80)         ; pt_regs.rax
  10: (bf) r1 = r9
  11: (07) r1 += 8
  12: (b7) r2 = 64
  13: (85) call bpf_probe_read_user_str#114
; 26: printf("label returned \"%s\"\n", str(retval))
  14: (bf) r1 = r9
  15: (b7) r2 = 1
  16: (85) call bpf_ringbuf_submit#132
  17: (05) goto pc+4                     ; to 22
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  18: (18) r1 = map[lost][0]+0
  20: (b7) r2 = 1
  21: (db) lock *(u64 *)(r1 +0) += r2
; 24: uretprobe:./difftarget:label ...
  22: (b7) r0 = 0
  23: (95) exit
