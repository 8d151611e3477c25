program tt_p0_0: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 12 instructions)
; uprobe at ./test-server-bounded file offset 0x123e (USDT test_grp:test_idx at address 0x123e), args -4@-4(%rbp)
; 23: @per_second = count()
   0: (7a) *(u64 *)(r10 -32) = 0
   1: (18) r1 = map[m0_per_second]
   3: (bf) r2 = r10
   4: (07) r2 += -32
   5: (85) call bpf_map_lookup_elem#1
   6: (15) if r0 == 0x0 goto pc+3        ; to 10
   7: (79) r1 = *(u64 *)(r0 +0)
   8: (07) r1 += 1
   9: (7b) *(u64 *)(r0 +0) = r1
; 21: usdt:./test-server-bounded:test_grp:test_idx ...
  10: (b7) r0 = 0
  11: (95) exit

program tt_p1_1: interval:s:1 (perf_event, 44 instructions)
; runs every 1s on one CPU (perf event timer)
; 28: print(@per_second)
   0: (18) r1 = map[events]
   2: (b7) r2 = 40
   3: (b7) r3 = 0
   4: (85) call bpf_ringbuf_reserve#131
   5: (15) if r0 == 0x0 goto pc+11       ; to 17
   6: (18) r1 = 0xfffffffe
   8: (7b) *(u64 *)(r0 +0) = r1
   9: (7a) *(u64 *)(r0 +8) = 1
  10: (7a) *(u64 *)(r0 +16) = 0
  11: (7a) *(u64 *)(r0 +24) = 0
  12: (7a) *(u64 *)(r0 +32) = 0
  13: (bf) r1 = r0
  14: (b7) r2 = 1
  15: (85) call bpf_ringbuf_submit#132
  16: (05) goto pc+4                     ; to 21
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  17: (18) r1 = map[lost][0]+0
  19: (b7) r2 = 1
  20: (db) lock *(u64 *)(r1 +0) += r2
; 29: clear(@per_second)
  21: (18) r1 = map[events]
  23: (b7) r2 = 40
  24: (b7) r3 = 0
  25: (85) call bpf_ringbuf_reserve#131
  26: (15) if r0 == 0x0 goto pc+11       ; to 38
  27: (18) r1 = 0xfffffffe
  29: (7b) *(u64 *)(r0 +0) = r1
  30: (7a) *(u64 *)(r0 +8) = 2
  31: (7a) *(u64 *)(r0 +16) = 0
  32: (7a) *(u64 *)(r0 +24) = 0
  33: (7a) *(u64 *)(r0 +32) = 0
  34: (bf) r1 = r0
  35: (b7) r2 = 1
  36: (85) call bpf_ringbuf_submit#132
  37: (05) goto pc+4                     ; to 42
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  38: (18) r1 = map[lost][0]+0
  40: (b7) r2 = 1
  41: (db) lock *(u64 *)(r1 +0) += r2
; 26: interval:s:1 ...
  42: (b7) r0 = 0
  43: (95) exit
