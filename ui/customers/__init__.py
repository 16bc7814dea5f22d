"""Nasabah: the customer book, the customer form, dealers and the customer import."""
