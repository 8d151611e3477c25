package runtime

import (
	"testing"
	"time"
)

func TestStrftime(t *testing.T) {
	at := time.Date(2026, time.March, 5, 14, 7, 9, 0, time.UTC)
	tests := []struct{ format, want string }{
		{"%H:%M:%S\n", "14:07:09\n"},
		{"%Y-%m-%d %j %y", "2026-03-05 064 26"},
		{"%I %p %a %A %b %B [%e]", "02 PM Thu Thursday Mar March [ 5]"},
		{"%T %D %F %R %Z %z %%", "14:07:09 03/05/26 2026-03-05 14:07 UTC +0000 %"},
		{"%q and trailing %", "%q and trailing %"},
	}
	for _, tt := range tests {
		if got := string(appendStrftime(nil, tt.format, at)); got != tt.want {
			t.Errorf("strftime(%q) = %q, want %q", tt.format, got, tt.want)
		}
	}
}
