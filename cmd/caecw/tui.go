package main

func runTUI(env *cliEnv, args []string) int {
	var c common
	fs := newFlags(env, "", "", &c, "db", "now", "desk", "operator")
	if code, ok := parse(fs, args); !ok {
		return code
	}
	s, err := c.open(env, true)
	if err != nil {
		return fail(env.stderr, err)
	}
	defer s.Close()
	return 0
}
