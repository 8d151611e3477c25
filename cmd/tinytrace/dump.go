package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/tinytrace/tinytrace/compiler"
	"github.com/tinytrace/tinytrace/compiler/dump"
	"github.com/tinytrace/tinytrace/lang"
	"github.com/tinytrace/tinytrace/runtime"
)

// dumpKinds are what -d accepts, in the order -d all prints them.
var dumpKinds = []string{"ast", "maps", "asm"}

// parseDump checks a -d argument: one kind, a comma-separated list, or all.
func parseDump(arg string) ([]string, error) {
	if arg == "all" {
		return dumpKinds, nil
	}
	var kinds []string
	for _, k := range strings.Split(arg, ",") {
		found := false
		for _, known := range dumpKinds {
			found = found || k == known
		}
		if !found {
			return nil, fmt.Errorf("-d: unknown dump %q: use ast, maps, asm or all", k)
		}
		kinds = append(kinds, k)
	}
	return kinds, nil
}

// dumpProgram compiles a checked program and prints what was asked for.
// It needs no root and no process: probe sites are read from the ELF
// files only (USDT argument specs, symbol offsets).
func dumpProgram(w io.Writer, prog *lang.Program, kinds []string, opts compiler.Options) error {
	var out *compiler.Output
	for i, k := range kinds {
		if k != "ast" && out == nil {
			sites, err := runtime.Resolve(prog, 0)
			if err != nil {
				return err
			}
			if out, err = compiler.Compile(prog, sites, opts); err != nil {
				return err
			}
		}
		if len(kinds) > 1 {
			if i > 0 {
				io.WriteString(w, "\n")
			}
			fmt.Fprintf(w, "=== %s\n", k)
		}
		var err error
		switch k {
		case "ast":
			err = dump.AST(w, prog)
		case "maps":
			err = dump.Maps(w, out)
		case "asm":
			err = dump.Asm(w, prog, out)
		}
		if err != nil {
			return err
		}
	}
	return nil
}
