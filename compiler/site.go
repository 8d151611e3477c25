package compiler

import "github.com/tinytrace/tinytrace/lang"

// Site is one resolved place a program attaches to. The runtime finds sites
// (ELF notes, symbols); the compiler only reads them, so it stays pure.
type Site struct {
	Spec *lang.ProbeSpec // the spec as written
	Path string          // absolute path of the ELF file to attach to; "" for BEGIN/END
	// Offset is the file offset of the instruction to trap (uprobe address).
	Offset uint64
	// Vaddr is the link-time virtual address of the site; USDT globals
	// (sym(%rip)) are found at runtime as ip - Vaddr + symbol address.
	Vaddr uint64
	// RefCtrOffset is the file offset of the USDT semaphore, 0 if none.
	RefCtrOffset uint64
	// Provider is the USDT provider the site was found under.
	Provider string
	// Args are the USDT argument locations at this site.
	Args []Arg
	// ArgsErr says why Args could not be parsed; only a program that reads
	// an argument fails because of it.
	ArgsErr error
	// Uaddr are the link-time addresses of the symbols the probe's
	// uaddr() calls name, found in Path by the runtime.
	Uaddr map[string]uint64
	// Relocatable is set when Path is position-independent (ET_DYN): its
	// load address is only known at run time.
	Relocatable bool
}

// Name is the probe name as bpftrace prints it (the probe builtin): the
// path as written, and the provider even when the script omitted it.
func (s *Site) Name() string {
	switch s.Spec.Kind {
	case lang.KindBegin, lang.KindEnd:
		return s.Spec.Kind.String()
	case lang.KindUSDT:
		if s.Spec.Provider == "" && s.Provider != "" {
			return "usdt:" + s.Spec.Path + ":" + s.Provider + ":" + s.Spec.Name
		}
	}
	return s.Spec.String()
}

// Reg is an x86-64 general purpose register (or rip), identified by its
// slot in struct pt_regs. Width aliases (eax, ax, al) map to the same Reg.
type Reg uint8

const (
	R15 Reg = iota
	R14
	R13
	R12
	RBP
	RBX
	R11
	R10
	R9
	R8
	RAX
	RCX
	RDX
	RSI
	RDI
	OrigRAX
	RIP
	CS
	Flags
	RSP
	SS
	NoReg Reg = 0xff
)

var regNames = [...]string{"r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8", "rax", "rcx", "rdx", "rsi", "rdi", "orig_rax", "rip", "cs", "eflags", "rsp", "ss"}

func (r Reg) String() string {
	if int(r) < len(regNames) {
		return regNames[r]
	}
	return "none"
}

// PtRegsOffset is the byte offset of the register in x86-64 struct pt_regs.
func (r Reg) PtRegsOffset() int16 { return int16(r) * 8 }

// ArgKind says where a USDT argument lives.
type ArgKind int

const (
	ArgReg    ArgKind = iota // value in a register: 8@%rax
	ArgMem                   // in memory at Offset(Base,Index,Scale): -4@-4(%rbp), 8@16(%rax,%rbx,8)
	ArgConst                 // an immediate: -4@$5
	ArgGlobal                // a global, rip-relative: -4@gval(%rip), -4@40+Stats(%rip)
	ArgTLS                   // thread-local: -4@%fs:var@tpoff (not supported by the compiler)
)

// Arg is one parsed USDT argument spec.
type Arg struct {
	Spec     string // the text it came from, for dumps and errors
	Size     int    // 1, 2, 4 or 8 bytes
	Signed   bool
	Kind     ArgKind
	Base     Reg   // ArgReg: the register; ArgMem: the base register (NoReg if none)
	HighByte bool  // ArgReg: %ah, %bh, %ch, %dh (bits 8..15)
	Index    Reg   // ArgMem: the index register or NoReg
	Scale    int   // ArgMem: 1, 2, 4 or 8 when Index is set
	Offset   int64 // ArgMem, ArgGlobal: displacement
	Const    int64 // ArgConst: the value as written
	Symbol   string
	// SymbolAddr is the link-time address of Symbol, filled by the runtime
	// from the ELF symbol table (ArgGlobal).
	SymbolAddr uint64
}

func (a Arg) String() string { return a.Spec }
