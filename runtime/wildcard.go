package runtime

// wildcardMatch reports whether s matches pattern, where '*' stands for
// any run of characters (including '/'), as in bpftrace's probe specs.
func wildcardMatch(pattern, s string) bool {
	// Greedy matching with backtracking to the last '*': linear for
	// practical patterns.
	p, i := 0, 0
	star, mark := -1, 0
	for i < len(s) {
		switch {
		case p < len(pattern) && pattern[p] == '*':
			star, mark = p, i
			p++
		case p < len(pattern) && pattern[p] == s[i]:
			p++
			i++
		case star >= 0:
			p = star + 1
			mark++
			i = mark
		default:
			return false
		}
	}
	for p < len(pattern) && pattern[p] == '*' {
		p++
	}
	return p == len(pattern)
}
