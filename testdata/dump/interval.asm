program tt_p0_0: usdt:./test-server-bounded:test_grp:test_idx (kprobe, 47 instructions)
; uprobe at ./test-server-bounded file offset 0x123e (USDT test_grp:test_idx at address 0x123e), args -4@-4(%rbp)
; 21: usdt:./test-server-bounded:test_grp:test_idx ...
   0: (bf) r6 = r1
; 23: @per_second = count()
   1: (b7) r1 = 0
   2: (7b) *(u64 *)(r10 -32) = r1
   3: (18) r1 = map[m0_per_second]
   5: (bf) r2 = r10
   6: (07) r2 += -32
   7: (85) call bpf_map_lookup_elem#1
   8: (55) if r0 != 0x0 goto pc+33       ; to 42
   9: (b7) r1 = 0
  10: (63) *(u32 *)(r10 -16) = r1
  11: (18) r1 = map[zeroes]
  13: (bf) r2 = r10
  14: (07) r2 += -16
  15: (85) call bpf_map_lookup_elem#1
  16: (15) if r0 == 0x0 goto pc+28       ; to 45
  17: (bf) r3 = r0
  18: (18) r1 = map[m0_per_second]
  20: (bf) r2 = r10
  21: (07) r2 += -32
  22: (b7) r4 = 1
  23: (85) call bpf_map_update_elem#2
  24: (18) r1 = map[m0_per_second]
  26: (bf) r2 = r10
  27: (07) r2 += -32
  28: (85) call bpf_map_lookup_elem#1
  29: (55) if r0 != 0x0 goto pc+12       ; to 42
  30: (b7) r1 = 0
  31: (63) *(u32 *)(r10 -8) = r1
  32: (18) r1 = map[dropped]
  34: (bf) r2 = r10
  35: (07) r2 += -8
  36: (85) call bpf_map_lookup_elem#1
  37: (15) if r0 == 0x0 goto pc+3        ; to 41
  38: (79) r1 = *(u64 *)(r0 +0)
  39: (07) r1 += 1
  40: (7b) *(u64 *)(r0 +0) = r1
  41: (05) goto pc+3                     ; to 45
  42: (79) r1 = *(u64 *)(r0 +0)
  43: (07) r1 += 1
  44: (7b) *(u64 *)(r0 +0) = r1
; 21: usdt:./test-server-bounded:test_grp:test_idx ...
  45: (b7) r0 = 0
  46: (95) exit

program tt_p1_1: interval:s:1 (perf_event, 67 instructions)
; runs every 1s on one CPU (perf event timer)
; 26: interval:s:1 ...
   0: (bf) r6 = r1
; 28: print(@per_second)
   1: (18) r1 = map[events]
   3: (b7) r2 = 40
   4: (b7) r3 = 0
   5: (85) call bpf_ringbuf_reserve#131
   6: (15) if r0 == 0x0 goto pc+15       ; to 22
   7: (18) r1 = 0xfffffffe
   9: (7b) *(u64 *)(r0 +0) = r1
  10: (b7) r1 = 1
  11: (7b) *(u64 *)(r0 +8) = r1
  12: (b7) r1 = 0
  13: (7b) *(u64 *)(r0 +16) = r1
  14: (b7) r1 = 0
  15: (7b) *(u64 *)(r0 +24) = r1
  16: (b7) r1 = 0
  17: (7b) *(u64 *)(r0 +32) = r1
  18: (bf) r1 = r0
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
; 29: clear(@per_second)
  33: (18) r1 = map[events]
  35: (b7) r2 = 40
  36: (b7) r3 = 0
  37: (85) call bpf_ringbuf_reserve#131
  38: (15) if r0 == 0x0 goto pc+15       ; to 54
  39: (18) r1 = 0xfffffffe
  41: (7b) *(u64 *)(r0 +0) = r1
  42: (b7) r1 = 2
  43: (7b) *(u64 *)(r0 +8) = r1
  44: (b7) r1 = 0
  45: (7b) *(u64 *)(r0 +16) = r1
  46: (b7) r1 = 0
  47: (7b) *(u64 *)(r0 +24) = r1
  48: (b7) r1 = 0
  49: (7b) *(u64 *)(r0 +32) = r1
  50: (bf) r1 = r0
  51: (b7) r2 = 0
  52: (85) call bpf_ringbuf_submit#132
  53: (05) goto pc+11                    ; to 65
  54: (b7) r1 = 0
  55: (63) *(u32 *)(r10 -8) = r1
  56: (18) r1 = map[lost]
  58: (bf) r2 = r10
  59: (07) r2 += -8
  60: (85) call bpf_map_lookup_elem#1
  61: (15) if r0 == 0x0 goto pc+3        ; to 65
  62: (79) r1 = *(u64 *)(r0 +0)
  63: (07) r1 += 1
  64: (7b) *(u64 *)(r0 +0) = r1
; 26: interval:s:1 ...
  65: (b7) r0 = 0
  66: (95) exit
