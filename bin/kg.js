#!/usr/bin/env node
import { main } from "../build/cli/kg.js";

process.exitCode = await main(process.argv.slice(2));
