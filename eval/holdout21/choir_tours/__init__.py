"""Community choir tours: singers, tours abroad, rooming lists."""
