package io.wirestream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language of an article: declared, detected from its body, or the body's against a template's claim. */
class LanguageChoiceTest {

    private static final String PORTUGUESE = "A chuva que caiu durante a madrugada desta terça-feira provocou "
            + "alagamentos em pelo menos quinze bairros da zona norte de Recife, segundo a Defesa Civil do município, "
            + "que registrou quarenta e duas ocorrências em doze horas. Os bairros mais atingidos foram Casa Amarela, "
            + "Nova Descoberta e Vasco da Gama, onde moradores tiveram de deixar as casas com a ajuda de vizinhos e "
            + "de equipes do Corpo de Bombeiros. A prefeitura suspendeu as aulas em trinta e oito escolas e abriu "
            + "dois abrigos provisórios, um no ginásio do Sítio Trindade e outro numa escola estadual de Casa Amarela.";

    @Test
    void detectsTheLanguageOfABodyWhenThePageDeclaresNone() {
        assertThat(LanguageChoice.choose(null, PORTUGUESE)).isEqualTo("pt");
        assertThat(LanguageChoice.choose(null, "야외 도서관은 잔디밭 위에 빈백과 파라솔을 설치해 시민들이 책을 빌려 읽을 수 "
                + "있도록 꾸며지며, 매주 금요일과 토요일 저녁에 운영된다. 비치되는 책은 약 5천 권으로 구성된다.")).isEqualTo("ko");
    }

    @Test
    void aShortTextIsNoEvidence() {
        assertThat(LanguageChoice.choose(null, "Olá, mundo.")).isNull();
        assertThat(LanguageChoice.choose("en", "Olá, mundo.")).isEqualTo("en");
    }

    @Test
    void aLongBodyInAnotherLanguageOverrulesATemplatesDeclaration() {
        assertThat(LanguageChoice.choose("en", PORTUGUESE)).isEqualTo("pt");
    }

    @Test
    void theDeclarationWinsOverACloseLanguage() {
        // Galician and Spanish readers of a Portuguese-looking text: the detector confuses such neighbours.
        assertThat(LanguageChoice.choose("gl", PORTUGUESE)).isEqualTo("gl");
        assertThat(LanguageChoice.choose("pt", PORTUGUESE)).isEqualTo("pt");
    }
}
