package runtime

import (
	"strconv"
	"time"
)

// appendStrftime formats t with the C strftime conversions bpftrace's
// time() passes through; unknown conversions are kept as written.
func appendStrftime(b []byte, format string, t time.Time) []byte {
	pad := func(b []byte, v, width int) []byte {
		s := strconv.Itoa(v)
		for i := len(s); i < width; i++ {
			b = append(b, '0')
		}
		return append(b, s...)
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b = append(b, c)
			continue
		}
		i++
		switch format[i] {
		case 'H':
			b = pad(b, t.Hour(), 2)
		case 'M':
			b = pad(b, t.Minute(), 2)
		case 'S':
			b = pad(b, t.Second(), 2)
		case 'Y':
			b = pad(b, t.Year(), 4)
		case 'y':
			b = pad(b, t.Year()%100, 2)
		case 'm':
			b = pad(b, int(t.Month()), 2)
		case 'd':
			b = pad(b, t.Day(), 2)
		case 'e':
			if t.Day() < 10 {
				b = append(b, ' ')
			}
			b = strconv.AppendInt(b, int64(t.Day()), 10)
		case 'j':
			b = pad(b, t.YearDay(), 3)
		case 'I':
			b = pad(b, (t.Hour()+11)%12+1, 2)
		case 'p':
			if t.Hour() < 12 {
				b = append(b, "AM"...)
			} else {
				b = append(b, "PM"...)
			}
		case 'a':
			b = append(b, t.Weekday().String()[:3]...)
		case 'A':
			b = append(b, t.Weekday().String()...)
		case 'b', 'h':
			b = append(b, t.Month().String()[:3]...)
		case 'B':
			b = append(b, t.Month().String()...)
		case 'T':
			b = appendStrftime(b, "%H:%M:%S", t)
		case 'D':
			b = appendStrftime(b, "%m/%d/%y", t)
		case 'F':
			b = appendStrftime(b, "%Y-%m-%d", t)
		case 'R':
			b = appendStrftime(b, "%H:%M", t)
		case 'Z':
			name, _ := t.Zone()
			b = append(b, name...)
		case 'z':
			b = t.AppendFormat(b, "-0700")
		case 's':
			b = strconv.AppendInt(b, t.Unix(), 10)
		case 'n':
			b = append(b, '\n')
		case 't':
			b = append(b, '\t')
		case '%':
			b = append(b, '%')
		default:
			b = append(b, '%', format[i])
		}
	}
	return b
}
