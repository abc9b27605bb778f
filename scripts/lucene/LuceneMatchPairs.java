// Answers each labelled (query, document) pair of Tests/Fixtures/search-match-pairs.tsv with
// Lucene's ArabicAnalyzer (normalisation + light10 stemming, its default Arabic stop words):
// the document indexed alone, the query parsed by the classic QueryParser with AND between words
// (Marsad's semantics: every word must match; "quoted" phrases keep their order).
// Prints "lucene<TAB>category<TAB>right<TAB>total" lines, then the pairs it got wrong.
// Compiled and run by scripts/lucene-compare.sh against Debian's liblucene8-java.
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;

public class LuceneMatchPairs {
    public static void main(String[] args) throws Exception {
        ArabicAnalyzer analyzer = new ArabicAnalyzer();
        Map<String, int[]> byCategory = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (String line : Files.readAllLines(Paths.get(args[0]))) {
            if (line.startsWith("#") || line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            boolean expectMatch = f[0].equals("match");
            boolean found;
            try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
                try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                    Document doc = new Document();
                    doc.add(new TextField("body", f[3], Field.Store.NO));
                    writer.addDocument(doc);
                }
                try (DirectoryReader reader = DirectoryReader.open(dir)) {
                    QueryParser parser = new QueryParser("body", analyzer);
                    parser.setDefaultOperator(QueryParser.Operator.AND);
                    Query query = parser.parse(f[2]);
                    found = new IndexSearcher(reader).count(query) > 0;
                }
            }
            int[] counts = byCategory.computeIfAbsent(f[1], k -> new int[2]);
            counts[1]++;
            if (found == expectMatch) counts[0]++; else wrong.add(line);
        }
        int right = 0, total = 0;
        for (Map.Entry<String, int[]> e : byCategory.entrySet()) {
            System.out.println("lucene\t" + e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1]);
            right += e.getValue()[0];
            total += e.getValue()[1];
        }
        System.out.println("lucene\tall\t" + right + "\t" + total);
        for (String w : wrong) System.out.println("lucene-wrong\t" + w);
    }
}
