"""Measurements in a cycle: entry dialogs, the list in Planlæg and Evaluér, the run chart."""
