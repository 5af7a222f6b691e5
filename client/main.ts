/**
 * Entry point of the explorer bundle (client/index.html loads it).
 */
import "./app.css";

import { startExplorer } from "./app.js";

startExplorer();
