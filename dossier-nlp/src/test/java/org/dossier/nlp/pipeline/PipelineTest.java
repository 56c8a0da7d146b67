package org.dossier.nlp.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.dossier.model.DocumentInfo;
import org.dossier.nlp.doc.Doc;
import org.dossier.nlp.doc.Layer;
import org.dossier.nlp.doc.Layers;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static final Layer<String> A = Layer.of("a");
  private static final Layer<String> B = Layer.of("b");

  private record Step(String name, Set<Layer<?>> requires, Set<Layer<?>> produces, boolean honest)
      implements Component {
    @Override
    public Doc apply(Doc doc) {
      Doc out = doc;
      if (honest) {
        for (Layer<?> l : produces) {
          @SuppressWarnings("unchecked")
          Layer<String> s = (Layer<String>) l;
          out = out.with(s, name);
        }
      }
      return out;
    }
  }

  @Test
  void build_requirementProducedLater_rejectedNamingComponentAndLayer() {
    Pipeline.Builder b = Pipeline.builder()
        .add(new Step("second", Set.of(A), Set.of(B), true))
        .add(new Step("first", Set.of(), Set.of(A), true));
    assertThatThrownBy(b::build).isInstanceOf(PipelineException.class)
        .hasMessageContaining("'second'").hasMessageContaining("'a'");
  }

  @Test
  void build_layerProducedTwice_rejected() {
    Pipeline.Builder b = Pipeline.builder()
        .add(new Step("one", Set.of(), Set.of(A), true))
        .add(new Step("two", Set.of(), Set.of(A), true));
    assertThatThrownBy(b::build).isInstanceOf(PipelineException.class).hasMessageContaining("both");
  }

  @Test
  void apply_goodOrder_runsInOrderAndKeepsInputImmutable() {
    Pipeline p = Pipeline.builder()
        .add(new Step("first", Set.of(), Set.of(A), true))
        .add(new Step("second", Set.of(A), Set.of(B), true))
        .build();
    Doc in = Doc.of(DocumentInfo.of("d", null, "text"));
    Doc out = p.apply(in);
    assertThat(out.get(A)).isEqualTo("first");
    assertThat(out.get(B)).isEqualTo("second");
    assertThat(in.has(A)).isFalse();
    assertThat(p.componentNames()).containsExactly("first", "second");
  }

  @Test
  void apply_componentSkipsDeclaredLayer_failsNamingIt() {
    Pipeline p = Pipeline.builder().add(new Step("liar", Set.of(), Set.of(A), false)).build();
    assertThatThrownBy(() -> p.apply(Doc.of(DocumentInfo.of("d", null, "x"))))
        .isInstanceOf(PipelineException.class).hasMessageContaining("liar");
  }

  @Test
  void get_missingLayer_failsNamingLayerAndDocument() {
    Doc doc = Doc.of(DocumentInfo.of("doc-7", null, "x"));
    assertThatThrownBy(() -> doc.get(Layers.TOKENS)).hasMessageContaining("tokens").hasMessageContaining("doc-7");
    assertThat(doc.find(Layers.TOKENS)).isEmpty();
    assertThat(List.copyOf(doc.layers())).isEmpty();
  }
}
