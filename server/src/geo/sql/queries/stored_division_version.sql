SELECT version FROM reference_data WHERE dataset = 'divisions'
