// Package printf parses bpftrace printf format strings and formats values
// with them. Parsing happens once at check time; formatting runs per event
// and appends to a caller-owned buffer.
package printf

import "fmt"

// Verb is one conversion such as %-10s or %05llx.
type Verb struct {
	Minus, Zero bool   // flags '-' and '0'
	Width       int    // -1 when absent
	Precision   int    // -1 when absent
	Length      string // "", "hh", "h", "l", "ll", "j", "z", "t"
	Conv        byte   // d i u x X o c s p
}

// IsString reports whether the verb consumes a string argument.
func (v *Verb) IsString() bool { return v.Conv == 's' }

// Segment is literal text or one verb.
type Segment struct {
	Literal string
	Verb    *Verb // nil for literal text ("%%" becomes the literal "%")
}

// Format is a parsed format string.
type Format struct {
	Source   string
	Segments []Segment
}

// Verbs returns the verbs in order, one per argument.
func (f *Format) Verbs() []*Verb {
	var vs []*Verb
	for _, s := range f.Segments {
		if s.Verb != nil {
			vs = append(vs, s.Verb)
		}
	}
	return vs
}

// Arg is one argument value at format time: Str for %s, Int otherwise.
type Arg struct {
	Int uint64 // raw 64 bits; signedness comes from the verb
	Str []byte // NUL-trimmed bytes, usually a slice of the event record
}

// MaxWidth bounds field width and precision. bpftrace 0.17 accepts any
// width up to what glibc can print (it fails at run time with "Value too
// large for defined data type" near 2^31); we reject huge values at check
// time instead so one event cannot ask for gigabytes of padding.
const MaxWidth = 1 << 20

// Parse parses a format string whose escapes the lexer already decoded.
//
// Like bpftrace 0.17, a '%' that does not start a recognised conversion
// (%y, %f, %*d, % d, %+d, %#x, a trailing %, ...) is kept as literal text
// rather than rejected: 0.17 prints it unchanged, and a stray argument for it
// then shows up as bpftrace's own "Too many arguments" error in the caller.
// Unlike 0.17, "%%" is an escape for one '%' (0.17 prints "%%" and counts the
// "%d" in "%%d" as a conversion). tinytrace also accepts %i, which 0.17 does
// not. The only error is a width or precision above MaxWidth.
func Parse(s string) (*Format, error) {
	f := &Format{Source: s}
	var lit []byte
	start := 0 // start of pending literal text in s
	for i := 0; i < len(s); {
		if s[i] != '%' {
			i++
			continue
		}
		if i+1 < len(s) && s[i+1] == '%' {
			lit = append(lit, s[start:i+1]...) // keep one '%'
			i += 2
			start = i
			continue
		}
		v, n, err := parseVerb(s[i:])
		if err != nil {
			return nil, err
		}
		if v == nil {
			i++ // not a conversion: the '%' stays literal text
			continue
		}
		lit = append(lit, s[start:i]...)
		if len(lit) > 0 {
			f.Segments = append(f.Segments, Segment{Literal: string(lit)})
			lit = lit[:0]
		}
		f.Segments = append(f.Segments, Segment{Verb: v})
		i += n
		start = i
	}
	lit = append(lit, s[start:]...)
	if len(lit) > 0 {
		f.Segments = append(f.Segments, Segment{Literal: string(lit)})
	}
	return f, nil
}

// parseVerb matches one conversion at the start of s (s[0] == '%') with the
// grammar of bpftrace 0.17's regex: %-?[0-9]*(\.[0-9]+)?LEN?CONV, where a
// leading '0' in the width is the zero flag. It returns the verb and its
// length, or nil when s does not start a conversion.
func parseVerb(s string) (*Verb, int, error) {
	v := &Verb{Width: -1, Precision: -1}
	tooBig := "" // "width" or "precision" above MaxWidth; an error only for a real conversion
	j := 1
	if j < len(s) && s[j] == '-' {
		v.Minus = true
		j++
	}
	if d := digits(s[j:]); d > 0 {
		v.Zero = s[j] == '0'
		w, ok := atoiMax(s[j : j+d])
		j += d
		if !ok {
			tooBig = "width"
		}
		v.Width = w
	}
	if j+1 < len(s) && s[j] == '.' {
		if d := digits(s[j+1:]); d > 0 {
			p, ok := atoiMax(s[j+1 : j+1+d])
			j += 1 + d
			if !ok && tooBig == "" {
				tooBig = "precision"
			}
			v.Precision = p
		}
	}
	for _, l := range [...]string{"hh", "h", "ll", "l", "j", "z", "t"} {
		if len(s)-j >= len(l) && s[j:j+len(l)] == l {
			v.Length = l
			j += len(l)
			break
		}
	}
	if j >= len(s) {
		return nil, 0, nil
	}
	switch c := s[j]; c {
	case 'd', 'i', 'u', 'x', 'X', 'o', 'p':
		v.Conv = c
	case 'c', 's':
		if v.Length != "" { // 0.17 has no %lc, %ls, %hhs ...
			return nil, 0, nil
		}
		v.Conv = c
	default:
		return nil, 0, nil
	}
	if tooBig != "" {
		return nil, 0, fmt.Errorf("%s too large in format specifier %q (maximum %d)", tooBig, s[:j+1], MaxWidth)
	}
	return v, j + 1, nil
}

func digits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// atoiMax converts decimal digits, failing above MaxWidth.
func atoiMax(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
		if n > MaxWidth {
			return 0, false
		}
	}
	return n, true
}

// Append formats args (one per verb, in order) and appends the result to
// dst. A missing argument formats as zero / the empty string, so a caller
// bug cannot panic at event time. It does not allocate when dst has room.
func (f *Format) Append(dst []byte, args []Arg) []byte {
	ai := 0
	for i := range f.Segments {
		seg := &f.Segments[i]
		if seg.Verb == nil {
			dst = append(dst, seg.Literal...)
			continue
		}
		var a Arg
		if ai < len(args) {
			a = args[ai]
		}
		ai++
		dst = seg.Verb.Append(dst, a)
	}
	return dst
}

// Append formats one argument with v, following C printf (which bpftrace
// 0.17 calls), except that no length modifier truncates below 64 bits other
// than hh (8) and h (16): 0.17 truncates plain %d/%u/%x to 32 bits, a bug
// later bpftrace fixed.
func (v *Verb) Append(dst []byte, a Arg) []byte {
	switch v.Conv {
	case 's':
		s := a.Str
		if v.Precision >= 0 && len(s) > v.Precision {
			s = s[:v.Precision] // bytes, as C does, even mid UTF-8 sequence
		}
		pad := v.Width - len(s)
		if !v.Minus {
			dst = appendSpaces(dst, pad)
		}
		dst = append(dst, s...)
		if v.Minus {
			dst = appendSpaces(dst, pad)
		}
		return dst
	case 'c':
		// 0.17 formats into a C string, so a NUL from %c ends the output of
		// its piece: leading padding is printed, the NUL and trailing padding
		// are not. We reproduce what 0.17 prints.
		c := byte(a.Int)
		if !v.Minus {
			dst = appendSpaces(dst, v.Width-1)
		}
		if c == 0 {
			return dst
		}
		dst = append(dst, c)
		if v.Minus {
			dst = appendSpaces(dst, v.Width-1)
		}
		return dst
	case 'p':
		if a.Int == 0 {
			// glibc prints "(nil)", space padded; '0' and precision ignored.
			return v.pad(dst, "", 0, nilText, false)
		}
		var buf [24]byte
		d := appendUint(buf[:0], a.Int, 16, false)
		return v.pad(dst, "0x", v.precZeros(len(d)), d, true)
	}
	var buf [24]byte
	var d []byte
	sign := ""
	switch v.Conv {
	case 'd', 'i':
		n := int64(a.Int)
		switch v.Length {
		case "hh":
			n = int64(int8(n))
		case "h":
			n = int64(int16(n))
		}
		u := uint64(n)
		if n < 0 {
			sign = "-"
			u = -u // wraps correctly for math.MinInt64
		}
		d = appendUint(buf[:0], u, 10, false)
	default: // u x X o
		u := a.Int
		switch v.Length {
		case "hh":
			u = uint64(uint8(u))
		case "h":
			u = uint64(uint16(u))
		}
		base := uint64(10)
		switch v.Conv {
		case 'x', 'X':
			base = 16
		case 'o':
			base = 8
		}
		d = appendUint(buf[:0], u, base, v.Conv == 'X')
	}
	if v.Precision == 0 && len(d) == 1 && d[0] == '0' {
		d = d[:0] // C: precision 0 prints no digits for the value 0
	}
	return v.pad(dst, sign, v.precZeros(len(d)), d, true)
}

// precZeros is the number of zeros the precision adds in front of n digits.
func (v *Verb) precZeros(n int) int {
	if v.Precision > n {
		return v.Precision - n
	}
	return 0
}

// pad writes prefix, zeros and body within the field width. The '0' flag
// (when numeric allows it) fills with zeros after the prefix; as in C it is
// ignored with '-' or an explicit precision.
func (v *Verb) pad(dst []byte, prefix string, zeros int, body []byte, numeric bool) []byte {
	fill := v.Width - len(prefix) - zeros - len(body)
	if numeric && v.Zero && !v.Minus && v.Precision < 0 && fill > 0 {
		zeros += fill
		fill = 0
	}
	if !v.Minus {
		dst = appendSpaces(dst, fill)
	}
	dst = append(dst, prefix...)
	for ; zeros > 0; zeros-- {
		dst = append(dst, '0')
	}
	dst = append(dst, body...)
	if v.Minus {
		dst = appendSpaces(dst, fill)
	}
	return dst
}

var nilText = []byte("(nil)")

const spaces = "                                                                "

func appendSpaces(dst []byte, n int) []byte {
	for n > 0 {
		k := min(n, len(spaces))
		dst = append(dst, spaces[:k]...)
		n -= k
	}
	return dst
}

// appendUint writes u in base 8, 10 or 16 (dst must have room for 22
// digits so the caller's stack buffer is enough).
func appendUint(dst []byte, u uint64, base uint64, upper bool) []byte {
	const lower, upperDigits = "0123456789abcdef", "0123456789ABCDEF"
	digs := lower
	if upper {
		digs = upperDigits
	}
	var tmp [22]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = digs[u%base]
		u /= base
		if u == 0 {
			break
		}
	}
	return append(dst, tmp[i:]...)
}
