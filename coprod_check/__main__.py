from coprod_check.cli import main

main()
