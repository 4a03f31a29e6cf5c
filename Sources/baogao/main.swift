print("baogao")
