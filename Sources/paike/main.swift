import ArgumentParser
import Engine
print("paike")
