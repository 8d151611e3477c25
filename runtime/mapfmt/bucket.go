package mapfmt

import (
	"math/bits"
	"strconv"
)

// HistBuckets is the number of hist() buckets: negative, [0], [1], then one
// per power of two from [2, 4) to [4E, 8E). 0.17 stops at [2G, 4G) and folds
// bigger values into it; we give them their own buckets.
const HistBuckets = 65

// HistBucket is the hist() bucket of v: 0 for v < 0, 1 for 0, 2 for 1, and
// k+2 for 2^k <= v < 2^(k+1).
func HistBucket(v int64) int {
	if v < 0 {
		return 0
	}
	if v == 0 {
		return 1
	}
	return bits.Len64(uint64(v)) + 1
}

// HistBounds is the inclusive range of hist() bucket i, as -f json prints it;
// hasMin is false for the negative bucket.
func HistBounds(i int) (lo, hi int64, hasMin bool) {
	switch i {
	case 0:
		return 0, -1, false
	case 1:
		return 0, 0, true
	case 2:
		return 1, 1, true
	}
	k := uint(i - 2)
	return int64(1) << k, int64(uint64(1)<<(k+1) - 1), true
}

// HistLabel is the text label of hist() bucket i: "(..., 0)", "[0]", "[1]",
// "[2, 4)", ..., "[512, 1K)", "[1K, 2K)", ..., "[4E, 8E)".
func HistLabel(i int) string {
	switch i {
	case 0:
		return "(..., 0)"
	case 1:
		return "[0]"
	case 2:
		return "[1]"
	}
	k := i - 2
	return "[" + pow2Label(k) + ", " + pow2Label(k+1) + ")"
}

// pow2Label writes 2^k with a suffix for each factor of 1024.
func pow2Label(k int) string {
	return strconv.Itoa(1<<(k%10)) + [...]string{"", "K", "M", "G", "T", "P", "E"}[k/10]
}

// LhistBuckets is the number of lhist(v, min, max, step) buckets: below min,
// (max-min)/step steps, and max or above. Requires min < max, step > 0
// (the checker's job); unsigned arithmetic keeps extreme ranges exact.
func LhistBuckets(min, max, step int64) int {
	return int((uint64(max)-uint64(min))/uint64(step)) + 2
}

// LhistBucket is the lhist() bucket of v. When step does not divide max-min,
// values past the last whole step go to the last bucket, labelled
// "[max, ...)", as in 0.17.
func LhistBucket(v, min, max, step int64) int {
	n := LhistBuckets(min, max, step) - 1
	if v < min {
		return 0
	}
	if v >= max {
		return n
	}
	// v-min fits in uint64 even when min is negative.
	i := int((uint64(v)-uint64(min))/uint64(step)) + 1
	if i > n {
		i = n
	}
	return i
}

// LhistBounds is the inclusive range of lhist() bucket i, as -f json prints
// it; the first bucket has no min and the last no max.
func LhistBounds(i int, min, max, step int64) (lo, hi int64, hasMin, hasMax bool) {
	n := LhistBuckets(min, max, step) - 1
	switch {
	case i == 0:
		return 0, min - 1, false, true
	case i >= n:
		return max, 0, true, false
	}
	lo = int64(uint64(min) + uint64(i-1)*uint64(step))
	return lo, lo + step - 1, true, true
}

// LhistLabel is the text label of lhist() bucket i: "(..., min)",
// "[lo, hi)" or "[max, ...)".
func LhistLabel(i int, min, max, step int64) string {
	n := LhistBuckets(min, max, step) - 1
	switch {
	case i == 0:
		return "(..., " + lhistNum(min) + ")"
	case i >= n:
		return "[" + lhistNum(max) + ", ...)"
	}
	lo := int64(uint64(min) + uint64(i-1)*uint64(step))
	return "[" + lhistNum(lo) + ", " + lhistNum(lo+step) + ")"
}

// lhistNum is 0.17's lhist number label: an M suffix for exact multiples of
// 1024^2, else K for multiples of 1024, else plain digits. 0.17 has no G or
// larger suffix (2^30 prints "1024M") and overflows past 2^31; we keep its
// suffixes and print the true 64-bit value.
func lhistNum(v int64) string {
	const kilo, mega = 1024, 1024 * 1024
	switch {
	case v == 0:
		return "0"
	case v%mega == 0:
		return strconv.FormatInt(v/mega, 10) + "M"
	case v%kilo == 0:
		return strconv.FormatInt(v/kilo, 10) + "K"
	}
	return strconv.FormatInt(v, 10)
}
