package store

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"io"
	"os"
)

// The bbolt v1 on-disk layout that precheck reads (go.etcd.io/bbolt
// internal/common: page.go, meta.go), little-endian as on every laptop
// caecw runs on.
const (
	boltMagic         = 0xED0CDAED
	boltVersion       = 2
	boltPageHeader    = 16 // id u64, flags u16, count u16, overflow u32
	boltMetaSumLen    = 56 // the meta fields before its checksum
	boltNoFreelist    = ^uint64(0)
	boltBranchPage    = 0x01
	boltLeafPage      = 0x02
	boltFreelistPage  = 0x10
	boltMinPageSize   = 512
	boltMaxPageSize   = 1 << 16
	boltMetaPageFlags = 0x04
)

// boltMeta is the part of a bbolt meta page precheck needs.
type boltMeta struct {
	pageSize uint64
	root     uint64
	freelist uint64
	pgid     uint64 // high water mark: pages in use
	txid     uint64
}

// precheck reads the two meta pages of a bbolt file itself, before bbolt
// does, and reports the damage that makes bbolt panic inside Open (a
// truncated file, a zeroed freelist or root page). A panic there leaves
// bbolt's file handle open, and with it the lock, so such files must not
// reach bolt.Open. It returns nil when both meta pages are unreadable:
// bbolt then says the file is not a database, which is what it is.
func precheck(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return err
	}
	size := uint64(fi.Size())
	m0, ok0 := readBoltMeta(f, 0)
	var m1 boltMeta
	ok1 := false
	for _, off := range []uint64{m0.pageSize, uint64(os.Getpagesize()), 4096} {
		if off >= boltMinPageSize && off <= boltMaxPageSize {
			if m1, ok1 = readBoltMeta(f, off); ok1 {
				break
			}
		}
	}
	var m boltMeta
	switch {
	case ok0 && ok1:
		m = m0
		if m1.txid > m0.txid {
			m = m1
		}
	case ok0:
		m = m0
	case ok1:
		m = m1
	default:
		return nil
	}
	if need := m.pgid * m.pageSize; size < need {
		return fmt.Errorf("%w: the file is cut short: %d bytes of %d", ErrDamaged, size, need)
	}
	if m.root < 2 || m.root >= m.pgid || !pageIs(f, m, m.root, boltBranchPage|boltLeafPage) {
		return fmt.Errorf("%w: its root page %d is unreadable", ErrDamaged, m.root)
	}
	if m.freelist != boltNoFreelist && (m.freelist < 2 || m.freelist >= m.pgid || !pageIs(f, m, m.freelist, boltFreelistPage)) {
		return fmt.Errorf("%w: its free page list (page %d) is unreadable", ErrDamaged, m.freelist)
	}
	return nil
}

func readBoltMeta(r io.ReaderAt, off uint64) (boltMeta, bool) {
	buf := make([]byte, boltPageHeader+boltMetaSumLen+8)
	if _, err := r.ReadAt(buf, int64(off)); err != nil {
		return boltMeta{}, false
	}
	le := binary.LittleEndian
	if le.Uint16(buf[8:]) != boltMetaPageFlags {
		return boltMeta{}, false
	}
	meta := buf[boltPageHeader:]
	if le.Uint32(meta[0:]) != boltMagic || le.Uint32(meta[4:]) != boltVersion {
		return boltMeta{}, false
	}
	h := fnv.New64a()
	h.Write(meta[:boltMetaSumLen])
	if h.Sum64() != le.Uint64(meta[boltMetaSumLen:]) {
		return boltMeta{}, false
	}
	m := boltMeta{
		pageSize: uint64(le.Uint32(meta[8:])),
		root:     le.Uint64(meta[16:]),
		freelist: le.Uint64(meta[32:]),
		pgid:     le.Uint64(meta[40:]),
		txid:     le.Uint64(meta[48:]),
	}
	if m.pageSize < boltMinPageSize || m.pageSize > boltMaxPageSize {
		return boltMeta{}, false
	}
	return m, true
}

// pageIs reports whether page id carries its own id and one of flags.
func pageIs(r io.ReaderAt, m boltMeta, id uint64, flags uint16) bool {
	buf := make([]byte, boltPageHeader)
	if _, err := r.ReadAt(buf, int64(id*m.pageSize)); err != nil {
		return false
	}
	return binary.LittleEndian.Uint64(buf) == id && binary.LittleEndian.Uint16(buf[8:])&flags != 0
}
