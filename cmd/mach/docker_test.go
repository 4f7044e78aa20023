package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/compose-spec/compose-go/v2/loader"
	"github.com/compose-spec/compose-go/v2/types"
)

// repoRoot is the repository root, two levels above this package.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// loadCompose loads docker-compose.yml with compose-go, the library `docker compose config` uses: schema
// validation, anchors and merge keys, interpolation.
func loadCompose(t *testing.T, root string) *types.Project {
	t.Helper()
	p, err := loader.LoadWithContext(context.Background(), types.ConfigDetails{
		WorkingDir:  root,
		ConfigFiles: []types.ConfigFile{{Filename: filepath.Join(root, "docker-compose.yml")}},
		Environment: types.Mapping{},
	}, func(o *loader.Options) { o.SetProjectName("mach", true) })
	if err != nil {
		t.Fatalf("docker-compose.yml does not load: %v", err)
	}
	return p
}

func TestDockerCompose_IsValidAndConsistent(t *testing.T) {
	root := repoRoot(t)
	p := loadCompose(t, root)

	want := []string{"l1", "l2", "deploy", "aggregator", "operator-1", "operator-2", "operator-3", "proxy"}
	for _, name := range want {
		if _, err := p.GetService(name); err != nil {
			t.Errorf("service %s: %v", name, err)
		}
	}
	if len(p.Services) != len(want) {
		t.Errorf("services = %v, want %v", p.ServiceNames(), want)
	}

	scripts := map[string]bool{}
	for name, s := range p.Services {
		if s.Image != "mach:devnet" {
			t.Errorf("service %s: image %q, want the image the Dockerfile builds (mach:devnet)", name, s.Image)
		}
		for dep := range s.DependsOn {
			if _, ok := p.Services[dep]; !ok {
				t.Errorf("service %s depends on %s, which does not exist", name, dep)
			}
		}
		// Entry scripts are copied from docker/ into /opt/mach/docker/: each must exist and be executable. Files
		// under /opt/mach/devnet/ are made by the Dockerfile's build stage.
		for _, arg := range append(append([]string{}, s.Entrypoint...), s.Command...) {
			if rel, ok := strings.CutPrefix(arg, "/opt/mach/"); ok && strings.HasSuffix(rel, ".sh") {
				scripts[rel] = true
			}
			if built, ok := strings.CutPrefix(arg, "/opt/mach/devnet/"); ok && !strings.Contains(dockerfile(t, root), "/out/devnet/"+built) {
				t.Errorf("service %s uses %s, which the Dockerfile does not build", name, arg)
			}
		}
		for _, port := range s.Ports {
			if port.HostIP != "127.0.0.1" {
				t.Errorf("service %s publishes port %s on %q: publish on 127.0.0.1 only", name, port.Published, port.HostIP)
			}
		}
		for k, v := range s.Environment {
			if strings.Contains(k, "PRIVATE_KEY") && v != nil && !anvilDevKeys[strings.ToLower(*v)] {
				t.Errorf("service %s: %s is not one of anvil's public development keys", name, k)
			}
		}
	}
	if len(scripts) == 0 {
		t.Fatal("no service runs a file from /opt/mach: the test does not see the entry scripts")
	}
	for rel := range scripts {
		fi, err := os.Stat(filepath.Join(root, rel))
		if err != nil {
			t.Errorf("docker-compose.yml runs /opt/mach/%s: %v", rel, err)
			continue
		}
		if fi.Mode()&0o111 == 0 {
			t.Errorf("%s is not executable", rel)
		}
	}

	// The proxy's upstream, the operators' aggregator and everybody's L1 are compose service names.
	hosts := regexp.MustCompile(`(?:https?|wss?)://([a-z0-9-]+):`)
	for _, f := range []string{"docker/config/operator.yaml", "docker/config/aggregator.yaml", "docker/config/proxy.yaml"} {
		data, err := os.ReadFile(filepath.Join(root, f))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range hosts.FindAllStringSubmatch(string(data), -1) {
			if _, ok := p.Services[m[1]]; !ok && m[1] != "operator" {
				t.Errorf("%s names host %s, which is no compose service", f, m[1])
			}
		}
	}

	// With the docker compose CLI (or the older docker-compose) installed, it must agree.
	for _, cli := range [][]string{{"docker", "compose"}, {"docker-compose"}} {
		if _, err := exec.LookPath(cli[0]); err != nil {
			continue
		}
		cmd := exec.Command(cli[0], append(cli[1:], "-f", filepath.Join(root, "docker-compose.yml"), "config", "-q")...)
		out, err := cmd.CombinedOutput()
		if err != nil && strings.Contains(string(out), "unknown") { // docker without the compose plugin
			continue
		}
		if err != nil {
			t.Errorf("%s config: %v\n%s", strings.Join(cli, " "), err, out)
		}
		break
	}
}

// anvilDevKeys are the first private keys of anvil's public development mnemonic, the only keys a compose file
// may hold.
var anvilDevKeys = map[string]bool{
	"0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80": true,
	"0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d": true,
	"0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a": true,
	"0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6": true,
}

// TestDockerConfigs_Validate runs mach config validate on each compose config: the only problems allowed are
// files that exist only inside the containers at run time (the shared deployment, the keystores).
func TestDockerConfigs_Validate(t *testing.T) {
	root := repoRoot(t)
	for _, role := range []string{"operator", "aggregator", "proxy"} {
		t.Run(role, func(t *testing.T) {
			code, stdout, stderr := runArgs("mach", "config", "validate", "--config", filepath.Join(root, "docker/config", role+".yaml"), "--role", role)
			if code == exitOK {
				return
			}
			for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
				line = strings.TrimSpace(strings.TrimPrefix(line, "mach config validate:"))
				if line == "" {
					continue
				}
				if !strings.Contains(line, "which does not exist") || !(strings.Contains(line, " /deploy/") || strings.Contains(line, " /data/")) {
					t.Errorf("docker/config/%s.yaml: %s\nstdout: %s", role, line, stdout)
				}
			}
		})
	}
}

// TestDockerfile_CopiesWhatExists checks that every COPY source of the Dockerfile that comes from the build
// context exists, and that the image's scripts are the ones in docker/.
func TestDockerfile_CopiesWhatExists(t *testing.T) {
	root := repoRoot(t)
	data := dockerfile(t, root)
	copies := 0
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		if len(f) < 3 || f[0] != "COPY" || strings.HasPrefix(f[1], "--from") {
			continue
		}
		for _, src := range f[1 : len(f)-1] {
			matches, err := filepath.Glob(filepath.Join(root, src))
			if err != nil || len(matches) == 0 {
				t.Errorf("Dockerfile: COPY %s: nothing in the repository matches", src)
			}
			copies++
		}
	}
	if copies < 4 {
		t.Fatalf("found %d COPY sources: the parser no longer reads the Dockerfile", copies)
	}
	if !strings.Contains(data, "docker/anvil-state.js") {
		t.Error("the Dockerfile no longer prepares the M2 anvil state with docker/anvil-state.js")
	}
}

func dockerfile(t *testing.T, root string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestDockerAnvilState_StartsAtBlockZero runs docker/anvil-state.js on eigensdk-go's M2 state, as the Dockerfile
// does: the copy keeps every account and starts at block 0 in both its head and its block environment (with the
// dump's block number kept, contracts record block.number far above anvil's head and EigenLayer's registries see
// their quorums in the future).
func TestDockerAnvilState_StartsAtBlockZero(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed (the Dockerfile's build stage has it)")
	}
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/Layr-Labs/eigensdk-go").Output()
	if err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(strings.TrimSpace(string(dir)), "M2-contracts", "anvil", "contracts-deployed-anvil-state.json")
	dst := filepath.Join(t.TempDir(), "state.json")
	if out, err := exec.Command(node, filepath.Join(repoRoot(t), "docker", "anvil-state.js"), src, dst).CombinedOutput(); err != nil {
		t.Fatalf("anvil-state.js: %v\n%s", err, out)
	}
	var in, got struct {
		Accounts        map[string]json.RawMessage `json:"accounts"`
		Blocks          []json.RawMessage          `json:"blocks"`
		BestBlockNumber string                     `json:"best_block_number"`
		Block           struct {
			Number string `json:"number"`
		} `json:"block"`
	}
	for path, v := range map[string]any{src: &in, dst: &got} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, v); err != nil {
			t.Fatal(err)
		}
	}
	if len(in.Blocks) == 0 || in.Block.Number == "0x0" {
		t.Fatalf("the source state changed shape (blocks %d, block number %s): revisit anvil-state.js", len(in.Blocks), in.Block.Number)
	}
	if len(got.Accounts) != len(in.Accounts) || len(got.Blocks) != 0 || got.BestBlockNumber != "0x0" || got.Block.Number != "0x0" {
		t.Fatalf("copy: %d of %d accounts, %d blocks, best block %s, block env number %s", len(got.Accounts), len(in.Accounts),
			len(got.Blocks), got.BestBlockNumber, got.Block.Number)
	}
}
