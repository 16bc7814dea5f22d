"""Penagihan: the collector's and officer's worklist, contacts, letters, restructuring, repossession and write-off."""
