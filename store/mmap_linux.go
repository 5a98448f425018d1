package store

import "syscall"

// mmapFlags makes the kernel read the whole file into the map at open
// (MAP_POPULATE): opening walks every page (the check, the projection),
// and faulting them in one at a time made a cold open of 100,000 people
// several times slower.
const mmapFlags = syscall.MAP_POPULATE
