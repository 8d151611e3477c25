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

program tt_p1_1: interval:s:1 (perf_event, 46 instructions)
; runs every 1s on one CPU (perf event timer)
; 28: print(@per_second)
   0: (18) r1 = map[events]
   2: (b7) r2 = 40
   3: (b7) r3 = 0
   4: (85) call bpf_ringbuf_reserve#131
   5: (15) if r0 == 0x0 goto pc+12       ; to 18
   6: (18) r1 = 0xfffffffe
   8: (7b) *(u64 *)(r0 +0) = r1
   9: (7a) *(u64 *)(r0 +8) = 1
  10: (7a) *(u64 *)(r0 +16) = 0
  11: (7a) *(u64 *)(r0 +24) = 0
  12: (7a) *(u64 *)(r0 +32) = 0
  13: (7b) *(u64 *)(r10 -24) = r0
  14: (79) r1 = *(u64 *)(r10 -24)
  15: (b7) r2 = 1
  16: (85) call bpf_ringbuf_submit#132
  17: (05) goto pc+4                     ; to 22
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  18: (18) r1 = map[lost][0]+0
  20: (b7) r2 = 1
  21: (db) lock *(u64 *)(r1 +0) += r2
; 29: clear(@per_second)
  22: (18) r1 = map[events]
  24: (b7) r2 = 40
  25: (b7) r3 = 0
  26: (85) call bpf_ringbuf_reserve#131
  27: (15) if r0 == 0x0 goto pc+12       ; to 40
  28: (18) r1 = 0xfffffffe
  30: (7b) *(u64 *)(r0 +0) = r1
  31: (7a) *(u64 *)(r0 +8) = 2
  32: (7a) *(u64 *)(r0 +16) = 0
  33: (7a) *(u64 *)(r0 +24) = 0
  34: (7a) *(u64 *)(r0 +32) = 0
  35: (7b) *(u64 *)(r10 -24) = r0
  36: (79) r1 = *(u64 *)(r10 -24)
  37: (b7) r2 = 1
  38: (85) call bpf_ringbuf_submit#132
  39: (05) goto pc+4                     ; to 44
; note: these 4 instructions, and the branch that reaches or skips them, count the records the ring buffer had no room for, which tinytrace reports; bpftrace 0.17's programs do not check for lost records
  40: (18) r1 = map[lost][0]+0
  42: (b7) r2 = 1
  43: (db) lock *(u64 *)(r1 +0) += r2
; 26: interval:s:1 ...
  44: (b7) r0 = 0
  45: (95) exit
