package deploy

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common"
)

// ReadEigenLayer reads EigenLayer core addresses from a deployment file in EigenLayer's script output format
// ({"addresses": {"delegationManager": ..., "avsDirectory": ..., "strategyManager": ..., "strategies": {...}}}),
// as eigensdk-go's M2-contracts/script/output/<chain>/eigenlayer_deployment_output.json is. The strategy is taken
// from the "strategies" map only when it has exactly one entry; otherwise set it explicitly.
func ReadEigenLayer(path string) (EigenLayer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return EigenLayer{}, fmt.Errorf("read EigenLayer deployment %s: %w", path, err)
	}
	var f struct {
		Addresses struct {
			DelegationManager common.Address            `json:"delegationManager"`
			AVSDirectory      common.Address            `json:"avsDirectory"`
			StrategyManager   common.Address            `json:"strategyManager"`
			Strategies        map[string]common.Address `json:"strategies"`
		} `json:"addresses"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return EigenLayer{}, fmt.Errorf("parse EigenLayer deployment %s: %w", path, err)
	}
	el := EigenLayer{
		DelegationManager: f.Addresses.DelegationManager,
		AVSDirectory:      f.Addresses.AVSDirectory,
		StrategyManager:   f.Addresses.StrategyManager,
	}
	if len(f.Addresses.Strategies) == 1 {
		for _, s := range f.Addresses.Strategies {
			el.Strategy = s
		}
	}
	var missing []string
	if el.DelegationManager == (common.Address{}) {
		missing = append(missing, "addresses.delegationManager")
	}
	if el.AVSDirectory == (common.Address{}) {
		missing = append(missing, "addresses.avsDirectory")
	}
	if el.StrategyManager == (common.Address{}) {
		missing = append(missing, "addresses.strategyManager")
	}
	if len(missing) > 0 {
		return EigenLayer{}, fmt.Errorf("EigenLayer deployment %s: missing %v", path, missing)
	}
	return el, nil
}
