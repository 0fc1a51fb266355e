#!/usr/bin/env python3
"""A WooCommerce-style CSV export of N orders (two lines each) for timing
`docketctl import orders` (issue 16 item 9, the 100k import):

    python3 tests/bench/make_import_csv.py 100000 /tmp/orders.csv
    build/app/docketctl --database /tmp/i.db import orders /tmp/orders.csv \
        --channel web --unknown-sku unlinked

Deterministic (seeded); half the emails repeat so the review look-ups find
earlier orders. About 24 MB for 100,000 orders.
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    random.seed(7)
    first = ["Grete", "Li", "Anna", "Jonas", "Mei", "Paul", "Sofia", "Chen", "Lukas", "Emma"]
    last = ["Müller", "Wei", "Schmidt", "Zhang", "Becker", "Wang", "Fischer", "Liu", "Weber", "Huang"]
    with open(out, "w", encoding="utf-8") as f:
        f.write("Order ID,Order Number,Order Date,Order Status,Billing First Name,"
                "Billing Last Name,Billing Email,Billing Phone,Order Currency,Order Total,SKU,"
                "Item Name,Qty,Item Cost\n")
        for i in range(n):
            oid = 100000 + i
            fn = random.choice(first)
            ln = random.choice(last)
            email = f"c{random.randrange(n // 2 + 1)}@example.com"
            phone = f"+49301{random.randrange(10**6):06d}"
            date = f"2026-{1 + i % 11:02d}-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:00"
            status = random.choice(["processing", "completed", "pending", "on-hold"])
            q1, p1 = 1 + i % 3, 1250
            q2, p2 = 1, 248 + (i % 100)
            total = q1 * p1 + q2 * p2
            head = (f"{oid},{oid},{date},{status},{fn},{ln},{email},{phone},EUR,"
                    f"{total // 100}.{total % 100:02d}")
            f.write(f"{head},SKU-A,\"Mug, large\",{q1},12.50\n")
            f.write(f"{head},SKU-{i % 50},Card,{q2},{p2 // 100}.{p2 % 100:02d}\n")


if __name__ == "__main__":
    main()
