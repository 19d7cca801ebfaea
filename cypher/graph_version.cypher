// The version of the stored graph's layout (null for graphs written before versions were kept).
OPTIONAL MATCH (g:ChainkgGraph)
RETURN max(g.version) AS version
