"""Print shop price list: stocks, products, price breaks and quotes."""
