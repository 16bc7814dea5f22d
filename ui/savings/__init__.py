"""Simpanan: the cooperative's savings desk."""
